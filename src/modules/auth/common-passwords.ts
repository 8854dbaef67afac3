/**
 * The common-password list: the ~49,000 most common passwords of public breach corpora as shipped
 * by @zxcvbn-ts/language-common (`dictionary['passwords-common']`, lower-case). Loaded on first use
 * only, on the server only: the module is ~0.5 MB and most processes (CLI imports, tests) never set
 * a password. Short entries are kept too: the policy also refuses a listed word with a few digits or
 * symbols added ("password123!", src/domain/password-policy.ts).
 */

let loading: Promise<ReadonlySet<string>> | null = null;

export function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  loading ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => {
    const list = dictionary['passwords-common'];
    return new Set(list.map((p) => p.normalize('NFKC')));
  });
  return loading;
}
