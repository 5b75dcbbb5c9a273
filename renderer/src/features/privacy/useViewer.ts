import type { Viewer } from '../../../../shared/contract';
import { useAppInfo } from '../../app/appInfo';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';

/**
 * Who is looking at profiles on this screen: "me" and my institution, for
 * the per-field visibility (profileFor). Until my profile has loaded, my
 * institution is unknown, so "eigen instelling" fields stay hidden.
 */
export function useViewer(): Viewer {
  const { info } = useAppInfo();
  const meId = info.settings.meId;
  const me = useResource(`viewer:${meId ?? ''}`, () => (meId ? call('members:get', { id: meId }) : Promise.resolve(null)));
  return { meId, institution: me.data?.institution ?? '' };
}
