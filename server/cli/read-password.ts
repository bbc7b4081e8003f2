import { CliError } from './create-account';

/**
 * The password for a new account: typed at the terminal without echo (twice, to catch typos), or, when
 * stdin is a pipe (`echo "$PW" | npm run user:create ...`), read from it with the trailing newline removed.
 */
export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return (await readAll(process.stdin)).replace(/\r?\n$/, '');
  const password = await readHidden('Password: ');
  if ((await readHidden('Repeat the password: ')) !== password)
    throw new CliError('The two passwords differ.');
  return password;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text;
}

/** Reads one line in raw mode, echoing nothing. Prompts go to stderr so stdout stays the result line. */
function readHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  let typed: string[] = [];

  return new Promise((resolve, reject) => {
    const finish = (error?: CliError) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed.join(''));
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        // Raw mode turns Ctrl-C and Ctrl-D into plain characters: treat them as the user means them.
        if (char === '\u0003' || char === '\u0004')
          return finish(new CliError('Cancelled: no account created.'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed.push(char);
      }
    };
    input.on('data', onData);
  });
}
