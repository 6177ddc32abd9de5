// The audit of several reports, loaded only when several files are dropped at once (it is not part of
// the page's initial script).
import { auditReports } from '../../../src/audit/audit-reports.ts';
import { registerLazy } from './register.ts';

export interface AuditApi {
  auditReports: typeof auditReports;
}

registerLazy('audit', { auditReports } satisfies AuditApi);
