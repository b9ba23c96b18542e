// The production build the benchmark measures, in a folder of its own (outside git and
// apart from dist/, which other runs use), served by `vite preview` on its own port.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const VITE = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `minify: false` keeps the names a CPU profile reports (scripts/bench/profile.ts). */
export async function buildApp(outDir: string, { minify = true } = {}): Promise<void> {
  const args = [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...(minify ? [] : ['--minify', 'false'])];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('exit', resolve);
    child.on('error', reject);
  });
  if (code !== 0) throw new Error(`vite build exited with ${code}`);
}

/** `vite preview` of `outDir`; resolves once it answers. Kill the process to stop it. */
export async function startPreview(outDir: string, port: number): Promise<ChildProcess> {
  const url = `http://127.0.0.1:${port}/`;
  // Whatever answers before the server starts would be measured in its place.
  if (await answers(url)) throw new Error(`port ${port} is already in use`);
  // Node runs vite's own entry, so kill() reaches the server itself, not a wrapper.
  const child = spawn(process.execPath, [VITE, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    if (await answers(url)) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`vite preview did not answer on port ${port} within 30 s`);
}

function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    () => true,
    () => false,
  );
}
