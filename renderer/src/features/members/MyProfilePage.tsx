import { useAppInfo } from '../../app/appInfo';
import { ProfileView } from './ProfileView';

export function MyProfilePage() {
  const { info } = useAppInfo();
  return info.settings.meId ? <ProfileView id={info.settings.meId} /> : null;
}
