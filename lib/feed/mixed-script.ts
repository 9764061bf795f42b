// Names that mix scripts to pass for another: "Nvidіa" with a Cyrillic "і" looks like Nvidia in
// the tooltip but is not the same name. Latin, Cyrillic and Greek share many letter shapes, so a
// name with letters from two of them is refused. Names in one script ("エヌビディア", "삼성전자",
// "Яндекс") and names mixing Latin with CJK scripts, as real brands do ("LINEヤフー"), pass.

const LOOKALIKE_SCRIPTS = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
] as const;

/** Why `name` could pass for another name, or null. Pure. */
export function mixedScriptProblem(name: string): string | null {
  const firstOf = new Map<string, string>();
  for (const char of name)
    for (const [script, pattern] of LOOKALIKE_SCRIPTS)
      if (!firstOf.has(script) && pattern.test(char)) firstOf.set(script, char);
  if (firstOf.size < 2) return null;
  const [[main], [other, char]] = [...firstOf];
  const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `mixes ${main} and ${other} letters ("${char}" is U+${code}), which can pass for another name`;
}
