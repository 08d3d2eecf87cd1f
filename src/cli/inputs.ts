// Command-line paths → the list of files to read. Listing first (cheap) lets
// the progress bar know the total and keeps the output order deterministic.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export interface InputList {
  files: string[];
  /** Paths that do not exist or cannot be listed, with the reason. */
  problems: { path: string; message: string }[];
}

const MAIL_EXTENSIONS = new Set(['.eml', '.mbox', '.mbx']);

/** "-" reads one message (or an mbox) from standard input, e.g. from a mail client's pipe command. */
export const STDIN_PATH = '-';

/** Inside folders, read mail-looking names only; READMEs and scripts are not mail. */
export function isMailFileName(name: string): boolean {
  const extension = extname(name).toLowerCase();
  // Maildir names look like "1600000000.M1P2.host:2,S": the "extension" is part of a host name.
  return MAIL_EXTENSIONS.has(extension) || extension === '' || name.includes(':2,');
}

export function isMboxName(path: string): boolean {
  const extension = extname(path).toLowerCase();
  return extension === '.mbox' || extension === '.mbx';
}

export async function listInputs(paths: readonly string[]): Promise<InputList> {
  const list: InputList = { files: [], problems: [] };
  for (const path of paths) {
    if (path === STDIN_PATH) {
      list.files.push(path);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      list.problems.push({ path, message: describeIoError(error) });
      continue;
    }
    if (info.isDirectory()) await walkFolder(path, list);
    else list.files.push(path);
  }
  return list;
}

async function walkFolder(folder: string, list: InputList): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    list.problems.push({ path: folder, message: describeIoError(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      await walkFolder(path, list);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      // Symlinked folders are not followed, so a link loop cannot trap the walk.
      if (entry.isSymbolicLink() && !(await isRegularFile(path))) continue;
      if (isMailFileName(entry.name)) list.files.push(path);
    }
  }
}

async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    default: return error instanceof Error ? error.message : String(error);
  }
}
