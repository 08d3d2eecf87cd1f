// Lint config: typescript-eslint's recommended rules plus two project rules that
// guard the detector's purity: no Node, DOM-global or Office use inside src/detector.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', 'schemas/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/detector/**/*.ts'],
    // Tests may use Node (e.g. node:crypto as an independent oracle for our hashing).
    ignores: ['src/detector/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'stream', 'buffer'], message: 'The detector is pure: no Node imports.' },
          { group: ['react', 'react-dom', '**/office/**', '**/taskpane/**'], message: 'The detector is pure: no UI or Office imports.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'document', message: 'The detector never touches the DOM.' },
        { name: 'window', message: 'The detector never touches the DOM.' },
        { name: 'Office', message: 'Only src/office talks to Office.js.' },
        { name: 'fetch', message: 'The detector never fetches anything.' },
        { name: 'XMLHttpRequest', message: 'The detector never fetches anything.' },
        { name: 'Buffer', message: 'Buffer is Node-only; use Uint8Array/TextEncoder.' },
      ],
    },
  },
);
