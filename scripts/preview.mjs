// `npm run preview`: the sidebar in a browser, without Obsidian, over the example vault.
import { startPreview } from './preview-server.mjs';

const vault = process.argv[2] ?? 'example-vault';
const port = Number(process.env.PORT ?? 5173);
const { url } = await startPreview({ vault, port });
console.log(`The follow-up sidebar over ${vault}: ${url}  (dark theme: ${url}?theme=dark). Ctrl-C stops it.`);
