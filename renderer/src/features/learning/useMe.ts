import { useAppInfo } from '../../app/appInfo';

/** "Me", whose leerlog and POP these pages show; null before a profile is chosen. */
export function useMeId(): string | null {
  return useAppInfo().info.settings.meId;
}
