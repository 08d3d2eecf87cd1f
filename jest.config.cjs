// Three projects: pure unit tests (node), React components (jsdom), and
// browser end-to-end tests that drive Debian's chromium through playwright-core.
// Several dependencies (htmlparser2, postal-mime, @noble/hashes) ship ESM only,
// so node_modules are transformed too, by swc, which is fast enough not to matter.
const esmPackages = [
  'htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype', 'entities',
  'postal-mime', '@noble/hashes', 'tldts', 'tldts-core',
].join('|');

const transform = {
  '^.+\\.(t|j|mj|cj)sx?$': ['@swc/jest', {
    jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
    module: { type: 'commonjs' },
  }],
};
const common = {
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'dom', testEnvironment: 'jsdom', testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/test/dom/**/*.test.tsx'], setupFilesAfterEnv: ['<rootDir>/test/setup-dom.ts'] },
    { ...common, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
