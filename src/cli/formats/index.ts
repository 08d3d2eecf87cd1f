import type { Format } from '../args';
import { csvFormatter } from './csv';
import { jsonFormatter } from './json';
import { jsonlFormatter } from './jsonl';
import { sarifFormatter } from './sarif';
import { textFormatter } from './text';
import type { FormatContext, Formatter } from './types';

export type { FormatContext, Formatter };

export function createFormatter(format: Format, context: FormatContext): Formatter {
  switch (format) {
    case 'text': return textFormatter(context);
    case 'json': return jsonFormatter(context);
    case 'jsonl': return jsonlFormatter();
    case 'csv': return csvFormatter(context);
    case 'sarif': return sarifFormatter(context);
  }
}
