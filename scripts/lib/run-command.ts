// Runs a child process with inherited output and resolves with its exit code.
import { spawn } from "node:child_process";

export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a TypeScript file with the project's tsx. */
export function runTsx(file: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return runCommand(process.execPath, ["--import", "tsx", file, ...args], env);
}
