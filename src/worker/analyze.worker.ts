/// <reference lib="webworker" />
// Runs the detector off the main thread for very large bodies, so the pane
// stays responsive. The worker gets plain data and answers with plain data.
import { analyze } from '../detector';
import { handleAnalyzeRequest } from './handler';
import type { AnalyzeRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<AnalyzeRequest>) => {
  scope.postMessage(handleAnalyzeRequest(event.data, analyze));
};
