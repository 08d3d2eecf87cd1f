// Builds the add-in into dist/:
//   taskpane.html       the real task pane (office.js from Microsoft's CDN + our bundle)
//   commands.html       function file for ribbon commands (src/commands/commands.ts when present)
//   manifest.xml        manifest.xml with every https://localhost:3000/ moved to the base URL
//   assets/             icons named by the manifest
//   config.json         the organisation's configuration, when config.json exists (or CLEARSIGHT_CONFIG)
// and, unless it is a deployment build, the offline demo:
//   demo.html           message list + the task pane in an iframe
//   demo/taskpane.html  the same task pane bundle running against src/demo/fake-office.ts
//   demo/config.json    the demo organisation's settings (a folder of its own, so the
//                       demo never shadows the real config.json next to taskpane.html)
//   demo/samples/       the sample .eml files and index.json
//
// `--env outDir=/some/dir` writes elsewhere than dist/.
// Base URL: `--env baseUrl=https://host/path/` or CLEARSIGHT_BASE_URL. Without one the
// manifest keeps https://localhost:3000/ (development). A deployment build (base URL given)
// leaves the demo out unless CLEARSIGHT_DEMO=1; CLEARSIGHT_DEMO=0 leaves it out anyway.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DEV_BASE_URL, normaliseBaseUrl, rewriteManifest } = require('./scripts/manifest-url.cjs');
const { swcOptions } = require('./scripts/swc-options.cjs');

const root = __dirname;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const COMMANDS_ENTRY = path.join(root, 'src/commands/commands.ts');

// Budgets for what Outlook downloads before the pane can show anything (minified, not gzipped).
const BUDGET = { maxEntrypointSize: 1_200_000, maxAssetSize: 900_000 };

function readConfig() {
  const file = process.env.CLEARSIGHT_CONFIG ? path.resolve(process.env.CLEARSIGHT_CONFIG) : path.join(root, 'config.json');
  if (!fs.existsSync(file)) {
    if (process.env.CLEARSIGHT_CONFIG) throw new Error(`CLEARSIGHT_CONFIG points at ${file}, which does not exist.`);
    return null;
  }
  let parsed;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error.message}`);
  }
  return { file, parsed };
}

/** The report endpoint's origin must be allowed by connect-src, which is fixed at build time. */
function reportOrigin(config) {
  const endpoint = config?.parsed?.report?.reportEndpoint;
  if (endpoint === undefined) return null;
  let url;
  try {
    url = new URL(endpoint);
  } catch {
    throw new Error(`${config.file}: report.reportEndpoint "${endpoint}" is not a valid URL.`);
  }
  if (url.protocol !== 'https:') throw new Error(`${config.file}: report.reportEndpoint must use https.`);
  return url.origin;
}

/**
 * The task pane's Content-Security-Policy. Nothing from a message may load:
 * no remote images (tracking pixels), no remote scripts but office.js, no frames.
 * Fluent UI (Griffel) injects <style> elements, hence 'unsafe-inline' for styles only.
 */
function contentSecurityPolicy({ officeScript, connect = [] }) {
  return [
    "default-src 'self'",
    `script-src 'self'${officeScript ? ' https://appsforoffice.microsoft.com' : ''}`,
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    `connect-src 'self'${connect.map((origin) => ` ${origin}`).join('')}`,
    "worker-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function resolveBaseUrl(env) {
  const given = env.baseUrl ?? process.env.CLEARSIGHT_BASE_URL;
  return given === undefined || given === '' ? null : normaliseBaseUrl(given);
}

function wantsDemo(baseUrl) {
  const flag = process.env.CLEARSIGHT_DEMO;
  if (flag === '0') return false;
  if (flag === '1') return true;
  return baseUrl === null;
}

/** Writes manifest.xml with the deployment URLs into the output. */
class ManifestPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('ClearsightManifest', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ClearsightManifest', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const source = path.join(root, 'manifest.xml');
        compilation.fileDependencies.add(source);
        const xml = rewriteManifest(fs.readFileSync(source, 'utf8'), this.baseUrl ?? DEV_BASE_URL);
        compilation.emitAsset('manifest.xml', new RawSource(xml));
      });
    });
    compiler.hooks.done.tap('ClearsightManifest', (stats) => {
      if (stats.hasErrors()) return;
      const where = this.baseUrl ?? DEV_BASE_URL;
      const note = this.baseUrl ? '' : ' (development; set CLEARSIGHT_BASE_URL for a deployment build)';
      console.log(`clearsight: manifest.xml points at ${where}${note}`);
    });
  }
}

/** Lists the bundled sample messages for the demo page. */
class SampleIndexPlugin {
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('ClearsightSamples', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ClearsightSamples', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const dir = path.join(root, 'assets/samples');
        compilation.contextDependencies.add(dir);
        const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.eml')).sort() : [];
        compilation.emitAsset('demo/samples/index.json', new RawSource(`${JSON.stringify({ samples: files }, null, 2)}\n`));
      });
    });
  }
}

/** Prints what each page costs to load, gzipped, so budget creep is visible in every build. */
class BundleReportPlugin {
  apply(compiler) {
    compiler.hooks.done.tap('ClearsightBundleReport', (stats) => {
      if (stats.hasErrors()) return;
      const { compilation } = stats;
      const lines = [];
      for (const [name, entrypoint] of compilation.entrypoints) {
        let raw = 0;
        let gzip = 0;
        for (const file of entrypoint.getFiles()) {
          if (file.endsWith('.map')) continue;
          // Emitted sources are released after writing; measure what is on disk.
          const buffer = fs.readFileSync(path.join(compilation.outputOptions.path, file));
          raw += buffer.length;
          gzip += zlib.gzipSync(buffer, { level: 9 }).length;
        }
        lines.push(`  ${name.padEnd(12)} ${(raw / 1024).toFixed(0).padStart(6)} KB  ${(gzip / 1024).toFixed(0).padStart(5)} KB gzip`);
      }
      console.log(`clearsight: initial JavaScript per entry (budget ${(BUDGET.maxEntrypointSize / 1024).toFixed(0)} KB)\n${lines.join('\n')}`);
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  try {
    return buildConfig(env, argv);
  } catch (error) {
    // A wrong base URL or config.json is a user mistake: say what to fix, without a stack trace.
    console.error(`clearsight build: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
};

function buildConfig(env, argv) {
  const production = (argv.mode ?? process.env.NODE_ENV) !== 'development';
  const baseUrl = resolveBaseUrl(env);
  const demo = wantsDemo(baseUrl);
  const config = readConfig();
  const connect = [reportOrigin(config)].filter(Boolean);
  const hasCommands = fs.existsSync(COMMANDS_ENTRY);

  const entry = { taskpane: './src/taskpane/index.tsx' };
  // Classic Outlook on Windows loads the Report button's handler as one plain
  // script named in the manifest (Runtime Override, commands.js): a fixed name,
  // and no lazy chunks, which that JavaScript-only runtime cannot fetch.
  if (hasCommands) entry.commands = { import: COMMANDS_ENTRY, filename: 'commands.js', asyncChunks: false };
  if (demo) {
    entry['fake-office'] = './src/demo/fake-office.ts';
    entry.demo = './src/demo/demo.ts';
  }

  const html = (options) => new HtmlWebpackPlugin({
    template: './src/taskpane/taskpane.html',
    chunksSortMode: 'manual',
    scriptLoading: 'defer',
    minify: production ? { collapseWhitespace: true, removeComments: true } : false,
    ...options,
  });

  const pages = [
    html({
      filename: 'taskpane.html',
      chunks: ['taskpane'],
      templateParameters: { csp: contentSecurityPolicy({ officeScript: true, connect }), officeScript: OFFICE_JS, root: '' },
    }),
    // Office needs a function file to exist even before any command uses it.
    html({
      filename: 'commands.html',
      chunks: hasCommands ? ['commands'] : [],
      templateParameters: { csp: contentSecurityPolicy({ officeScript: true, connect }), officeScript: OFFICE_JS, root: '' },
    }),
  ];
  if (demo) {
    pages.push(
      // Same bundle, but the fake host instead of the CDN: the demo never leaves this machine.
      html({
        filename: 'demo/taskpane.html',
        chunks: ['fake-office', 'taskpane'],
        templateParameters: { csp: contentSecurityPolicy({ officeScript: false, connect }), officeScript: '', root: '../' },
      }),
      new HtmlWebpackPlugin({
        filename: 'demo.html',
        template: './src/demo/demo.html',
        chunks: ['demo'],
        scriptLoading: 'defer',
        templateParameters: { csp: DEMO_CSP },
        minify: false,
      }),
      new SampleIndexPlugin(),
    );
  }

  const copies = [{ from: 'assets/icon-*.png', to: 'assets/[name][ext]' }];
  if (config) copies.push({ from: config.file, to: 'config.json' });
  if (demo) {
    copies.push(
      { from: 'assets/samples/*.eml', to: 'demo/samples/[name][ext]', noErrorOnMissing: true },
      { from: 'src/demo/demo-config.json', to: 'demo/config.json' },
    );
  }

  return {
    mode: production ? 'production' : 'development',
    context: root,
    entry,
    output: {
      // Tests build elsewhere so they never disturb a dist/ that `npm start` is serving.
      path: env.outDir ? path.resolve(env.outDir) : path.join(root, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Resolved from the script's own URL, so dist/ works under any base path.
      publicPath: 'auto',
      clean: true,
    },
    // eval-based source maps would need 'unsafe-eval', which the CSP forbids.
    devtool: production ? false : 'cheap-module-source-map',
    target: ['web', 'es2020'],
    resolve: { extensions: ['.tsx', '.ts', '.js', '.mjs', '.json'] },
    module: {
      rules: [
        {
          test: /\.(ts|tsx)$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: swcOptions({ tsx: true, production }),
          },
        },
      ],
    },
    plugins: [
      new CopyWebpackPlugin({ patterns: copies }),
      new ManifestPlugin(baseUrl),
      new BundleReportPlugin(),
      ...pages,
    ],
    performance: { hints: production ? 'warning' : false, ...BUDGET, assetFilter: (file) => file.endsWith('.js') },
    stats: 'errors-warnings',
  };
}

module.exports.contentSecurityPolicy = contentSecurityPolicy;
