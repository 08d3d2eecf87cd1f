// A progress bar on stderr for long runs. Only when a person is watching
// (stderr is a terminal) and the results go elsewhere (stdout is not that
// terminal), so bar redraws never tear through the output lines.
import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  fileDone(): void;
  stop(): void;
}

const NO_PROGRESS: Progress = { fileDone() {}, stop() {} };
export const PROGRESS_MIN_FILES = 20;

export function createProgress(totalFiles: number, enabled: boolean, stderr: NodeJS.WriteStream, stdout: NodeJS.WriteStream): Progress {
  if (!enabled || !stderr.isTTY || stdout.isTTY || totalFiles <= PROGRESS_MIN_FILES) return NO_PROGRESS;
  const bar = new SingleBar({
    stream: stderr,
    format: 'scanning [{bar}] {value}/{total} files | {eta_formatted} left',
    hideCursor: true,
    clearOnComplete: true,
  }, Presets.shades_classic);
  bar.start(totalFiles, 0);
  return {
    fileDone: () => bar.increment(),
    stop: () => bar.stop(),
  };
}
