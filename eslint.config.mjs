import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';

export default defineConfig([
  globalIgnores(['node_modules/', 'main.js', 'dist/', 'example-vault/', 'coverage/', 'test-results/', 'bench/.build/']),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['bin/*'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    // The command-line tool, the build scripts and the tests run on Node, not in Obsidian.
    files: ['src/cli/**', 'test/**', 'scripts/**', 'bench/**', '*.config.*', '*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', NodeJS: 'readonly', Buffer: 'readonly', setImmediate: 'readonly' },
    },
    rules: {
      'import/no-nodejs-modules': 'off',
      'obsidianmd/no-nodejs-modules': 'off',
      // Outside Obsidian there is no Vault#configDir: the tool reads the settings where the contract puts them.
      'obsidianmd/hardcoded-config-path': 'off',
      // A terminal program talks through the console; the tests stand in for every window.
      'obsidianmd/rule-custom-message': 'off',
      'obsidianmd/no-global-this': 'off',
    },
  },
  {
    files: ['package.json'],
    rules: {
      // The contract's YAML is js-yaml 4's (core schema, duplicate keys rejected), so the same library reads it.
      'depend/ban-dependencies': ['error', { allowed: ['js-yaml'] }],
    },
  },
]);
