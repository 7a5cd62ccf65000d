/** Runs a command in a fresh process and reports its wall time, CPU time and peak memory. */
import { spawn } from 'node:child_process';

export interface Run {
  ms: number;
  /** User + system CPU time of the process and all its threads. */
  cpuMs: number;
  maxRssMb: number;
  code: number;
  stdout: string;
  stderr: string;
}

// Loaded with --import before the measured script: reports the process's own usage on exit (fd 3).
const probe = `data:text/javascript,${encodeURIComponent(
  "import{writeSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();try{writeSync(3,JSON.stringify({cpu:(u.userCPUTime+u.systemCPUTime)/1000,rss:u.maxRSS/1024}))}catch{}});",
)}`;

export function runNode(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', probe, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const usage: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => out.push(c));
    child.stderr!.on('data', (c: Buffer) => err.push(c));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (c: Buffer) => usage.push(c));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const u = JSON.parse(Buffer.concat(usage).toString() || '{"cpu":0,"rss":0}') as { cpu: number; rss: number };
      done({ ms, cpuMs: u.cpu, maxRssMb: u.rss, code: code ?? 1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
