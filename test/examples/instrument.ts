// Turns an example into a function that can run: its imports become loads through the runner, and
// every statement followed by a value comment (`expr; // → 11`, `// 'text'`, `// [1, 2, …]`) is
// rewritten to compare its value with the comment. Comments that do not start with a value are prose.
import ts from 'typescript';

/** A value an example says a statement has. `…` in it means "and more" (see `matchValue`). */
export interface Assertion {
  /** The line of the example (1-based) the statement ends on. */
  line: number;
  /** The comment text the value was read from. */
  text: string;
  /** The expected value as JavaScript, with `__MORE__` where the comment writes `…`. */
  expression: string;
}

/** An example ready to run: an async arrow function's source taking `__import` and `__check`. */
export interface Instrumented {
  js: string;
  assertions: Assertion[];
  /** Syntax errors, as `line: message`. */
  errors: string[];
}

const VALUE_NAMES = new Set(['undefined', 'NaN', 'Infinity', '__MORE__']);
const VALUE_CLASSES = new Set(['Set', 'Map', 'Int32Array', 'Uint8Array', 'Uint16Array', 'Uint32Array', 'Float64Array']);

/** True when an expression is a plain value: literals, arrays, objects, `-1`, `new Set([…])`. */
function isValue(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isValue(node.expression);
  if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isBigIntLiteral(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(node)) return VALUE_NAMES.has(node.text);
  if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && isValue(node.operand);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every((e) => !ts.isOmittedExpression(e) && !ts.isSpreadElement(e) && isValue(e));
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((p) =>
      ts.isShorthandPropertyAssignment(p)
        ? p.name.text === '__MORE__'
        : ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && isValue(p.initializer),
    );
  }
  if (ts.isNewExpression(node)) {
    return ts.isIdentifier(node.expression) && VALUE_CLASSES.has(node.expression.text) && (node.arguments ?? []).every(isValue);
  }
  return false;
}

/** `…` outside string literals becomes `__MORE__` (inside strings it stays: there it is a wildcard). */
function markEllipses(text: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += c;
    } else {
      out += c === '…' ? '__MORE__' : c;
    }
  }
  return out;
}

function parseExpression(text: string): ts.Expression | null {
  const source = ts.createSourceFile('value.ts', `(${text}\n);`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  if ((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0) return null;
  const statement = source.statements[0];
  if (source.statements.length !== 1 || !statement || !ts.isExpressionStatement(statement)) return null;
  return statement.expression;
}

/**
 * The value a comment starts with, as JavaScript, or null when it starts with prose. The value is
 * the longest start of the comment (cut before a space or `;`) that is a plain value, so
 * `// 85 (水)` says 85 and `// 'ok'; root is now …` says 'ok'.
 */
export function commentValue(comment: string): string | null {
  const text = markEllipses(comment.replace(/^\s*→\s*/u, '').trimEnd());
  for (let end = text.length; end > 0; end--) {
    if (end < text.length && !/[\s;]/u.test(text[end]!)) continue;
    const candidate = text.slice(0, end).trim();
    if (!candidate) continue;
    const node = parseExpression(candidate);
    if (node && isValue(node)) return candidate;
  }
  return null;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The `//` comment ending the line `at` is on (after any code), or null. */
function trailingComment(code: string, at: number): string | null {
  const lineEnd = code.indexOf('\n', at);
  const rest = code.slice(at, lineEnd < 0 ? code.length : lineEnd);
  const m = /^\s*;?\s*\/\/(.*)$/u.exec(rest);
  return m ? m[1]! : null;
}

/** The whole-line `//` comments right after the line `at` is on. */
function followingComments(code: string, at: number): string[] {
  const out: string[] = [];
  let lineEnd = code.indexOf('\n', at);
  while (lineEnd >= 0) {
    const next = code.indexOf('\n', lineEnd + 1);
    const line = code.slice(lineEnd + 1, next < 0 ? code.length : next);
    const m = /^\s*\/\/(.*)$/u.exec(line);
    if (!m) break;
    out.push(m[1]!);
    lineEnd = next;
  }
  return out;
}

/**
 * The value the comments after a statement state: its trailing comment (a value, then perhaps prose),
 * or a value written over several comment lines (`// { a: 1,` / `//   b: 2 }`). A comment line under
 * a statement without a trailing comment states a value only when it is a whole value or starts with →.
 */
function statedValue(code: string, end: number): string | null {
  const trailing = trailingComment(code, end);
  const pieces = [...(trailing !== null ? [trailing] : []), ...followingComments(code, end)];
  for (let n = pieces.length; n >= 1; n--) {
    const joined = markEllipses(pieces.slice(0, n).join(' ').replace(/^\s*→\s*/u, '').trim());
    const node = joined ? parseExpression(joined) : null;
    if (node && isValue(node)) return joined;
  }
  if (pieces.length === 0) return null;
  if (trailing !== null || /^\s*→/u.test(pieces[0]!)) return commentValue(pieces[0]!);
  return null;
}

/** Rewrites an example (TypeScript) into a runnable async function with its assertions. */
export function instrument(code: string): Instrumented {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const errors = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map(
    (d) => `${lineOf(d.start ?? 0)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
  );
  const edits: Edit[] = [];
  const assertions: Assertion[] = [];
  const visitList = (statements: ts.NodeArray<ts.Statement>) =>
    statements.forEach((statement, i) => {
      if (ts.isImportDeclaration(statement)) {
        edits.push({ start: statement.getStart(), end: statement.end, text: importAsLoad(statement) });
        return;
      }
      visit(statement);
      const next = statements[i + 1];
      // Only the last statement on a line owns the line's comment.
      if (next && lineOf(next.getStart()) === lineOf(statement.end)) return;
      const stated = statedValue(code, statement.end);
      const line = lineOf(statement.end);
      if (stated === null) {
        if (/^\s*→/u.test(trailingComment(code, statement.end) ?? followingComments(code, statement.end)[0] ?? '')) {
          errors.push(`${line}: "→" is not followed by a value`);
        }
        return;
      }
      const index = assertions.length;
      // `if (r.status === 'unique') r.cells[0]; // → …` states the value of its one statement.
      const valued = ts.isIfStatement(statement) && !statement.elseStatement ? statement.thenStatement : statement;
      if (ts.isExpressionStatement(valued)) {
        const e = valued.expression;
        edits.push({ start: e.getStart(), end: e.getStart(), text: `__check(${index}, (` });
        edits.push({ start: e.end, end: e.end, text: '))' });
      } else if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
        const name = statement.declarationList.declarations[0]!.name;
        if (!ts.isIdentifier(name)) {
          errors.push(`${line}: a value comment after a destructuring declaration: assert one name instead`);
          return;
        }
        edits.push({ start: statement.end, end: statement.end, text: ` __check(${index}, ${name.text});` });
      } else {
        errors.push(`${line}: a value comment after a statement that has no value`);
        return;
      }
      assertions.push({ line, text: stated, expression: stated });
    });
  // Statements inside blocks (an if, a function, a case) are read the same way.
  const visit = (node: ts.Node): void => {
    if (ts.isBlock(node) || ts.isModuleBlock(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) visitList(node.statements);
    else ts.forEachChild(node, visit);
  };
  visitList(source.statements);
  let edited = code;
  for (const edit of edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.i - a.i)) edited = edited.slice(0, edit.start) + edit.text + edited.slice(edit.end);
  const wrapped = `(async (__import, __check) => {\n${edited}\n});`;
  const js = ts.transpileModule(wrapped, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
  }).outputText;
  return { js, assertions, errors };
}

/** `import { a, b as c } from 'x'` → `const { a, b: c } = await __import('x');` (type-only imports vanish). */
function importAsLoad(node: ts.ImportDeclaration): string {
  const spec = (node.moduleSpecifier as ts.StringLiteral).text;
  const clause = node.importClause;
  if (!clause) return `await __import(${JSON.stringify(spec)});`;
  if (clause.isTypeOnly) return '';
  const parts: string[] = [];
  const load = `(await __import(${JSON.stringify(spec)}))`;
  if (clause.name) parts.push(`const ${clause.name.text} = ${load}.default;`);
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) parts.push(`const ${bindings.name.text} = ${load};`);
  if (bindings && ts.isNamedImports(bindings)) {
    const names = bindings.elements
      .filter((e) => !e.isTypeOnly)
      .map((e) => (e.propertyName ? `${e.propertyName.text}: ${e.name.text}` : e.name.text));
    if (names.length > 0) parts.push(`const { ${names.join(', ')} } = ${load};`);
  }
  return parts.join(' ');
}
