import { useParams } from 'wouter';
import { ProfileView } from './ProfileView';

export function ProfilePage() {
  const { id = '' } = useParams<{ id: string }>();
  return <ProfileView id={id} />;
}
