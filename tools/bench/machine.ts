// Names the machine a benchmark ran on: figures from a 2-core VM with software WebGL mean little without it.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  os: string;
  distribution: string;
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  chromium: string;
  node: string;
}

export function describeMachine(chromiumVersion: string): MachineInfo {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    distribution: readDistribution(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    chromium: chromiumVersion,
    node: process.version,
  };
}

function readDistribution(): string {
  try {
    const match = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    return match?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
