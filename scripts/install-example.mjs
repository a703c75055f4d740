// `npm start`: brings the example vault's dates up to this week and installs
// the built plugin into it, so the vault opens in Obsidian with the plugin on.
import { copyFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { redateVault } from './example-vault.mjs';

const vault = 'example-vault';
const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const ref = redateVault(vault, today);

const pluginDir = `${vault}/.obsidian/plugins/interview-follow-up`;
mkdirSync(pluginDir, { recursive: true });
for (const file of ['main.js', 'manifest.json', 'styles.css']) copyFileSync(file, `${pluginDir}/${file}`);
const communityPlugins = `${vault}/.obsidian/community-plugins.json`;
if (!existsSync(communityPlugins)) writeFileSync(communityPlugins, '["interview-follow-up"]\n');
console.log(`Example vault dated for the week of ${ref}; plugin installed in ${pluginDir}.\n`);
