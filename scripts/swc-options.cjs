// The swc settings the add-in is compiled with, shared by webpack and by the
// benchmark's loader so the benchmark times the code as it ships.
'use strict';

/** @param {{ tsx: boolean, production: boolean }} flags */
function swcOptions({ tsx, production }) {
  return {
    jsc: {
      parser: { syntax: 'typescript', tsx },
      transform: {
        ...(tsx ? { react: { runtime: 'automatic', development: !production } } : {}),
        // Plain assignments for class fields: the es2020 define-property helper
        // cost the detector about a tenth of its time.
        useDefineForClassFields: false,
      },
      target: 'es2020',
    },
  };
}

module.exports = { swcOptions };
