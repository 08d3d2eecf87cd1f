// A single JSON document, streamed: {tool, version, messages: [...], summary}.
// The summary comes last because it is only known at the end.
import { entryRecord } from './jsonl';
import type { FormatContext, Formatter } from './types';

export function jsonFormatter(context: FormatContext): Formatter {
  let first = true;
  return {
    begin: () => `{"tool":"clearsight","version":${JSON.stringify(context.toolVersion)},"messages":[`,
    entry(entry) {
      const separator = first ? '\n' : ',\n';
      first = false;
      return `${separator}${JSON.stringify(entryRecord(entry))}`;
    },
    end: (summary) => `\n],"summary":${JSON.stringify(summary)}}\n`,
  };
}
