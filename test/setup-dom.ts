import '@testing-library/jest-dom';

// Fluent's MessageBar measures itself with ResizeObserver, which jsdom lacks.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= ResizeObserverStub;

// Browsers have TextEncoder/TextDecoder; jsdom does not (postal-mime needs them).
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= NodeTextEncoder;
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;
