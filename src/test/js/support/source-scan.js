'use strict';
/*
 * Static checks over the panel's browser code: where text could become markup, and which syntax
 * the files use. Comments and string contents are blanked first so prose cannot trip a check.
 */

/** The source with comments removed and every string literal's content replaced by spaces. */
function codeOnly(source) {
    let out = '';
    let i = 0;
    while (i < source.length) {
        const c = source[i];
        const next = source[i + 1];
        if (c === '/' && next === '/') {
            while (i < source.length && source[i] !== '\n') {
                i++;
            }
        } else if (c === '/' && next === '*') {
            const end = source.indexOf('*/', i + 2);
            const stop = end < 0 ? source.length : end + 2;
            out += source.slice(i, stop).replace(/[^\n]/g, ' ');
            i = stop;
        } else if (c === '\'' || c === '"' || c === '`') {
            let j = i + 1;
            while (j < source.length && source[j] !== c) {
                j += source[j] === '\\' ? 2 : 1;
            }
            // Keep the quotes and the first character, so `$('<div>')` stays recognisable.
            const body = source.slice(i + 1, j);
            out += c + (body[0] || '') + body.slice(1).replace(/[^\n]/g, ' ') + c;
            i = j + 1;
        } else {
            out += c;
            i++;
        }
    }
    return out;
}

/*
 * Ways to turn a string into markup. The panel has no reason to use any of them, static or not:
 * dom.el builds every element, so a plain ban is simpler to keep than telling safe uses apart.
 */
const MARKUP_SINKS = [
    { name: 'innerHTML', pattern: /\.innerHTML\b/ },
    { name: 'outerHTML', pattern: /\.outerHTML\b/ },
    { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
    { name: 'document.write', pattern: /\bdocument\s*\.\s*write(ln)?\s*\(/ },
    { name: 'jQuery .html(', pattern: /\.html\s*\(/ },
    { name: 'parseHTML', pattern: /\bparseHTML\b/ },
    { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
    { name: 'DOMParser', pattern: /\bDOMParser\b/ },
    { name: 'srcdoc', pattern: /\bsrcdoc\b/ },
    { name: 'jQuery markup string', pattern: /\$\s*\(\s*['"`]\s*</ },
    { name: 'jQuery insertion of a string', pattern: /\.(append|prepend|after|before|replaceWith|wrap|wrapAll|wrapInner|appendTo|prependTo|insertAfter|insertBefore)\s*\(\s*['"`]/ },
    { name: 'jQuery insertion of a concatenation', pattern: /\.(append|prepend|after|before|replaceWith)\s*\([^()]*\+/ },
    { name: 'eval', pattern: /\beval\s*\(/ },
    { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
    { name: 'string timer', pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/ }
];

/* Syntax newer than ES5: kept out so any resource compressor in the Jira build accepts the files. */
const NEWER_SYNTAX = [
    { name: 'arrow function', pattern: /=>/ },
    { name: 'let/const', pattern: /(^|[^.\w$])(let|const)\s+[\w$[{]/m },
    { name: 'template literal', pattern: /`/ },
    { name: 'class', pattern: /(^|[^.\w$])class\s+[\w$]+\s*(extends\b|\{)/m },
    { name: 'spread/rest', pattern: /\.\.\.[\w$[({]/ },
    { name: 'async/await', pattern: /(^|[^.\w$])(async\s+function|await\s)/m }
];

function findings(source, rules) {
    const code = codeOnly(source);
    const lines = code.split('\n');
    const found = [];
    lines.forEach((line, index) => {
        rules.forEach((rule) => {
            if (rule.pattern.test(line)) {
                found.push({ rule: rule.name, line: index + 1, text: source.split('\n')[index].trim() });
            }
        });
    });
    return found;
}

module.exports = {
    codeOnly,
    markupSinks: (source) => findings(source, MARKUP_SINKS),
    newerSyntax: (source) => findings(source, NEWER_SYNTAX)
};
