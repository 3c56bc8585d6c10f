import { Outlet } from 'react-router';
import { Page } from '../../components/ui/Page';

interface RoleGateProps {
  allowed: boolean;
  title: string;
  explanation: string;
}

/** The child routes for a role that may use them, or a plain explanation for one that may not. */
export function RoleGate({ allowed, title, explanation }: RoleGateProps) {
  if (allowed) return <Outlet />;
  return (
    <Page title={title}>
      <p className="notice notice--info">{explanation}</p>
    </Page>
  );
}
