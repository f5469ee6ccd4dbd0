/**
 * Runs a command's `main` and exits with the code it returns. An error nobody caught is one line on stderr
 * ("<name> failed: …") and exit 1: a stack trace is for bugs, and the commands report their own expected errors.
 */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
