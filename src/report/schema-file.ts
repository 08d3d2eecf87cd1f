import { reportJsonSchema } from './payload';

/** The exact bytes committed as schemas/report.schema.json. */
export function serialiseReportJsonSchema(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
