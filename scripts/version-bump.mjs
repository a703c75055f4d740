// `npm version X`: npm has written the new version into package.json; carry it
// into manifest.json and versions.json so the three agree.
import { readFileSync, writeFileSync } from 'node:fs';

const version = process.env.npm_package_version ?? JSON.parse(readFileSync('package.json', 'utf8')).version;
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
manifest.version = version;
writeFileSync('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
const versions = JSON.parse(readFileSync('versions.json', 'utf8'));
versions[version] = manifest.minAppVersion;
writeFileSync('versions.json', `${JSON.stringify(versions, null, 2)}\n`);
