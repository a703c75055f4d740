import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import { DEFAULT_BRANDS } from 'eslint-plugin-obsidianmd/dist/lib/rules/ui/brands.js';

export default defineConfig([
  globalIgnores(['node_modules/', 'main.js', 'dist/', 'example-vault/', 'coverage/', 'test-results/', 'bench/.build/', 'reports/']),
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
      // The plugin's notices start with its name, written as the manifest writes it.
      'obsidianmd/ui/sentence-case': ['warn', { enforceCamelCaseLower: true, brands: [...DEFAULT_BRANDS, 'Interview Follow-up'] }],
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
    // The tests stand in for the person and the app: a note deleted as a person or a sync deletes it, elements checked
    // in a page that has no Obsidian window helpers, and the stub that implements createEl itself.
    files: ['test/**'],
    rules: {
      'obsidianmd/prefer-file-manager-trash-file': 'off',
      'obsidianmd/prefer-instanceof': 'off',
    },
  },
  {
    files: ['test/stubs/dom.ts'],
    rules: {
      'obsidianmd/prefer-create-el': 'off',
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
