// Attachments that run code when opened, or whose names hide what they are.
// We only ever see names and declared types (never contents), so archives are
// judged by name: "invoice.pdf.zip" is dressed up as a document; "photos.zip"
// gets a low note at most.
import type { Rule } from '../rule';

/** Open it and code runs: programs, scripts, shortcuts, installers, help files. */
const EXECUTABLE = new Set([
  'exe', 'scr', 'msi', 'msix', 'msp', 'com', 'pif', 'cpl', 'bat', 'cmd', 'ps1', 'psm1', 'js', 'jse', 'vbs', 'vbe', 'wsf',
  'wsh', 'hta', 'lnk', 'chm', 'jar', 'reg', 'inf', 'scf', 'url', 'appx', 'appref-ms', 'application', 'msc', 'gadget',
]);
/** Containers that mount or unpack into files the reader then opens (and that skip some protections). */
const DISK_IMAGE = new Set(['iso', 'img', 'vhd', 'vhdx']);
/** Content that can show a fake log-in page or carry macros or embedded scripts. */
const ACTIVE_DOCUMENT = new Set(['html', 'htm', 'shtml', 'xhtml', 'mht', 'mhtml', 'svg', 'docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'pptm', 'potm', 'ppam', 'one', 'onepkg']);
const ARCHIVE = new Set(['zip', 'rar', '7z', 'cab', 'ace', 'arj', 'lzh', 'tar', 'gz', 'tgz', 'bz2', 'xz', 'zst']);
/** Extensions a reader trusts; seeing one before the real extension is the disguise. */
const DOCUMENT_LOOK = new Set([
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'rtf', 'odt', 'ods', 'odp', 'txt', 'jpg', 'jpeg', 'png', 'gif',
  'bmp', 'tif', 'tiff', 'heic', 'mp3', 'mp4', 'wav', 'mov', 'avi', 'eml', 'msg', 'ics', 'vcf',
]);
/** Declared types that are programs, used when the name has no extension to judge by. */
const EXECUTABLE_TYPES = new Set([
  'application/x-msdownload', 'application/x-msdos-program', 'application/x-ms-installer', 'application/x-msi',
  'application/hta', 'application/x-ms-shortcut', 'application/javascript', 'text/javascript', 'application/x-javascript',
  'text/vbscript', 'application/x-sh', 'application/x-bat',
]);

/**
 * Characters that reorder or hide parts of a name: bidi embeddings/overrides/isolates
 * ("gnp.exe" shown as "exe.png"), zero-width spaces and joiners, BOM, soft hyphen.
 */
const HIDDEN_CHARACTERS = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

interface NameParts {
  /** Extensions, last first, lower-cased and trimmed ("scan.doc .js" → ["js", "doc"]). */
  extensions: string[];
  /** True when spaces hide the final extension ("report.pdf      .exe"). */
  paddedBeforeLast: boolean;
}

/** Length of `text` without its trailing characters that satisfy `drop` (a loop: no backtracking). */
function endWithout(text: string, drop: (ch: string) => boolean): number {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return end;
}

const isSpace = (ch: string) => ch.trim() === '';

export function nameParts(name: string): NameParts {
  const trimmed = name.slice(0, endWithout(name, (ch) => ch === '.' || isSpace(ch))).trim();
  const pieces = trimmed.split('.');
  const extensions: string[] = [];
  // Only the last few dots matter, and only short, word-like pieces are extensions.
  for (let i = pieces.length - 1; i >= 1 && extensions.length < 3; i--) {
    const ext = pieces[i]!.trim().toLowerCase();
    if (!/^[a-z0-9-]{1,12}$/.test(ext)) break;
    extensions.push(ext);
  }
  const lastDot = trimmed.lastIndexOf('.');
  const paddedBeforeLast = lastDot > 0 && lastDot - endWithout(trimmed.slice(0, lastDot), isSpace) >= 2;
  return { extensions, paddedBeforeLast };
}

export const lureAttachments: Rule = {
  meta: {
    id: 'lure/attachments',
    category: 'lure',
    severity: 'medium',
    description: 'Attachments that run code, carry macros or fake pages, hide their real type behind a double extension or invisible characters.',
    messageIds: ['executable', 'activeContent', 'doubleExtension', 'hiddenCharacters', 'disguisedArchive', 'archive'],
  },
  create(context) {
    return {
      attachment(attachment) {
        const name = attachment.name ?? '';
        const shownName = name.slice(0, 200);
        const hidden = HIDDEN_CHARACTERS.exec(name);
        if (hidden) {
          const visible = shownName.replace(/[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '');
          context.report({
            messageId: 'hiddenCharacters',
            severity: 'high',
            params: { name: visible, character: codePointName(hidden[0]) },
            evidence: { detail: `${codePointName(hidden[0])} in attachment name`, element: visible },
          });
          return;
        }

        const { extensions, paddedBeforeLast } = nameParts(name);
        const [last = '', previous] = extensions;
        const type = (attachment.contentType ?? '').toLowerCase().split(';', 1)[0]!.trim();
        const runsCode = EXECUTABLE.has(last) || DISK_IMAGE.has(last) || ACTIVE_DOCUMENT.has(last);

        if (runsCode && ((previous !== undefined && DOCUMENT_LOOK.has(previous)) || paddedBeforeLast)) {
          context.report({
            messageId: 'doubleExtension',
            severity: 'high',
            params: { name: shownName, looksLike: previous ?? '', extension: last },
            evidence: { detail: shownName },
          });
          return;
        }
        if (EXECUTABLE.has(last) || DISK_IMAGE.has(last) || (last === '' && EXECUTABLE_TYPES.has(type))) {
          context.report({
            messageId: 'executable',
            severity: 'high',
            params: { name: shownName, extension: last || type },
            evidence: { detail: shownName },
          });
          return;
        }
        if (ACTIVE_DOCUMENT.has(last)) {
          context.report({ messageId: 'activeContent', severity: 'medium', params: { name: shownName, extension: last }, evidence: { detail: shownName } });
          return;
        }
        if (ARCHIVE.has(last)) {
          const inner = previous !== undefined && (DOCUMENT_LOOK.has(previous) || EXECUTABLE.has(previous) || ACTIVE_DOCUMENT.has(previous));
          context.report({
            messageId: inner ? 'disguisedArchive' : 'archive',
            severity: inner ? 'medium' : 'low',
            params: { name: shownName, looksLike: inner ? previous : '', extension: last },
            evidence: { detail: shownName },
          });
        }
      },
    };
  },
};
