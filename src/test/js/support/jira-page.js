'use strict';
/*
 * A Jira page in jsdom for the panel's tests. It loads the panel's files exactly as the
 * web-resource in atlassian-plugin.xml lists them, into a window that has stand-ins for what Jira
 * provides to a web-resource and nothing more:
 *
 *   define / require     Jira's AMD loader (almond): named modules only; require([...], fn) runs
 *                        later (here: when the page "finishes loading"); require('name') throws
 *                        for an undefined module.
 *   'jquery'             Jira's jQuery (com.atlassian.auiplugin:ajs); here the npm jquery 3.x.
 *   AJS.I18n.getText     what the jsI18n transformer provides: the English text of a key from
 *                        src/main/i18n-src/replycoach.properties, {n} filled in. An unknown key
 *                        throws, so a missing text fails the test.
 *   AJS.contextPath      Jira's context path ('/jira' here).
 *   AJS.dialog2          AUI Dialog2 (com.atlassian.auiplugin:dialog2): show/hide/remove/on('hide'),
 *                        the hidden attribute, data-aui-remove-on-hide.
 *   jira/util/events     Jira's event bus (jira.webresources:jira-events): bind/unbind/trigger on
 *   jira/util/events/types  the document, NEW_CONTENT_ADDED / ISSUE_REFRESHED names.
 *   wrm/data, WRM.data   WRM's data channel (claim(key)).
 *   fetch                a scripted server: every request waits until the test answers it.
 *   setTimeout           a fake clock: time only moves when the test calls clock.tick(ms).
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { JSDOM } = require('jsdom');
const jqueryFactory = require('jquery');

const ROOT = path.resolve(__dirname, '../../../..');
const RESOURCES = path.join(ROOT, 'src/main/resources');
const DESCRIPTOR = path.join(RESOURCES, 'atlassian-plugin.xml');
const GATE_MODE_DATA_KEY = 'dk.replycoach.jira-reply-coach:reply-coach-panel.gate-mode';

/** The JS files of the reply-coach-panel web-resource, in the order Jira serves them. */
function panelScripts() {
    const xml = fs.readFileSync(DESCRIPTOR, 'utf8');
    const module = /<web-resource key="reply-coach-panel"[\s\S]*?<\/web-resource>/.exec(xml);
    if (!module) {
        throw new Error('atlassian-plugin.xml has no reply-coach-panel web-resource');
    }
    const files = [];
    const resource = /<resource type="download" name="[^"]+" location="([^"]+\.js)"\/>/g;
    let m;
    while ((m = resource.exec(module[0])) !== null) {
        files.push(m[1]);
    }
    return files;
}

/** key=value lines of a .properties source (UTF-8, as in src/main/i18n-src). */
function readProperties(file) {
    const messages = {};
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        if (/^\s*(#|!|$)/.test(line)) {
            continue;
        }
        while (/\\$/.test(line) && i + 1 < lines.length) {
            line = line.slice(0, -1) + lines[++i].replace(/^\s+/, '');
        }
        const eq = line.indexOf('=');
        messages[line.slice(0, eq).trim()] = line.slice(eq + 1);
    }
    return messages;
}

const englishTexts = readProperties(path.join(ROOT, 'src/main/i18n-src/replycoach.properties'));

/** MessageFormat as far as our texts use it: {n} and '' for a quote. */
function format(pattern, args) {
    return pattern.replace(/\{(\d+)\}/g, (all, n) => (args[n] === undefined ? all : String(args[n])))
        .replace(/''/g, "'");
}

class FakeClock {
    constructor() {
        this.now = 0;
        this.nextId = 1;
        this.timers = new Map();
        this.setTimeout = (fn, ms, ...args) => {
            const id = this.nextId++;
            this.timers.set(id, { at: this.now + Math.max(0, ms || 0), fn, args });
            return id;
        };
        this.clearTimeout = (id) => {
            this.timers.delete(id);
        };
    }

    /** Moves time forward, running due timers in order (including ones they schedule). */
    tick(ms) {
        const target = this.now + ms;
        for (;;) {
            let nextId = null;
            let next = null;
            for (const [id, timer] of this.timers) {
                if (timer.at <= target && (!next || timer.at < next.at)) {
                    nextId = id;
                    next = timer;
                }
            }
            if (!next) {
                break;
            }
            this.timers.delete(nextId);
            this.now = next.at;
            next.fn(...next.args);
        }
        this.now = target;
    }

    get pending() {
        return this.timers.size;
    }
}

/** The plugin's REST resource as the test scripts it. */
class FakeServer {
    constructor(window) {
        this.window = window;
        this.requests = [];
        this.fetch = (url, init) => this.receive(url, init || {});
    }

    receive(url, init) {
        const window = this.window;
        const request = {
            url,
            method: init.method,
            headers: init.headers || {},
            body: init.body === undefined ? undefined : JSON.parse(init.body),
            signal: init.signal,
            aborted: false,
            answered: false
        };
        const promise = new Promise((resolve, reject) => {
            request.respond = (status, json, headers = {}) => {
                if (request.aborted) {
                    return;
                }
                request.answered = true;
                const named = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
                resolve({
                    ok: status >= 200 && status < 300,
                    status,
                    headers: { get: (name) => (named.has(name.toLowerCase()) ? named.get(name.toLowerCase()) : null) },
                    json: () => (json === undefined ? Promise.reject(new SyntaxError('no body')) : Promise.resolve(json))
                });
            };
            request.fail = () => {
                request.answered = true;
                reject(new TypeError('Failed to fetch'));
            };
            if (init.signal && init.signal.aborted) {
                // As a browser does: a request with an aborted signal never leaves.
                request.aborted = true;
                reject(new window.DOMException('The operation was aborted.', 'AbortError'));
            } else if (init.signal) {
                init.signal.addEventListener('abort', () => {
                    request.aborted = true;
                    reject(new window.DOMException('The operation was aborted.', 'AbortError'));
                });
            }
        });
        this.requests.push(request);
        return promise;
    }

    to(pathEnd) {
        return this.requests.filter((r) => r.url.endsWith(pathEnd));
    }

    last(pathEnd) {
        const list = this.to(pathEnd);
        return list[list.length - 1];
    }
}

/** AUI Dialog2 as far as the panel uses it. */
function dialog2StandIn(window, dialogs) {
    return function dialog2(element) {
        const handlers = { show: [], hide: [] };
        const dialog = {
            element,
            visible: false,
            on(event, fn) {
                (handlers[event] = handlers[event] || []).push(fn);
                return dialog;
            },
            show() {
                if (!element.parentNode) {
                    window.document.body.appendChild(element);
                }
                element.hidden = false;
                dialog.visible = true;
                handlers.show.forEach((fn) => fn());
                return dialog;
            },
            hide() {
                if (!dialog.visible) {
                    return dialog;
                }
                element.hidden = true;
                dialog.visible = false;
                handlers.hide.forEach((fn) => fn());
                if (element.getAttribute('data-aui-remove-on-hide') === 'true' && element.parentNode) {
                    element.parentNode.removeChild(element);
                }
                return dialog;
            },
            remove() {
                if (element.parentNode) {
                    element.parentNode.removeChild(element);
                }
                return dialog;
            }
        };
        dialogs.push(dialog);
        return dialog;
    };
}

function installAmd(window) {
    const definitions = new Map();
    const instances = new Map();
    const waiting = [];

    function load(id) {
        if (instances.has(id)) {
            return instances.get(id);
        }
        const definition = definitions.get(id);
        if (!definition) {
            throw new Error('undefined module: ' + id);
        }
        const value = definition.factory.apply(null, definition.deps.map(load));
        instances.set(id, value);
        return value;
    }

    window.define = function define(id, deps, factory) {
        if (typeof id !== 'string') {
            throw new Error('anonymous define: Jira web-resources need named AMD modules');
        }
        if (typeof deps === 'function') {
            factory = deps;
            deps = [];
        }
        definitions.set(id, { deps, factory });
    };
    window.define.amd = {};
    window.require = function require(deps, callback) {
        if (typeof deps === 'string') {
            return load(deps);
        }
        waiting.push({ deps, callback });
        return undefined;
    };

    return {
        load,
        defined: (id) => definitions.has(id),
        runWaiting() {
            waiting.splice(0).forEach((w) => w.callback.apply(null, w.deps.map(load)));
        }
    };
}

/** Lets promise callbacks (in any realm) run. */
async function settle(rounds = 5) {
    for (let i = 0; i < rounds; i++) {
        await new Promise((resolve) => setImmediate(resolve));
    }
}

/**
 * A page with the given body markup and the panel loaded and started.
 * @param options.body      HTML of the page body (test-authored markup, standing in for Jira's)
 * @param options.jiraEvents false: the page has no jira/util/events modules
 * @param options.gateMode  what WRM data delivers for the gate mode (e.g. 'hard'); omitted: nothing
 * @param options.abortController false: the browser has no AbortController
 * @param options.runScripts 'dangerously' to let scripts that end up in the page execute
 * @param options.loadPanel  false: the same page without the panel's files
 */
async function openPage(options = {}) {
    const dom = new JSDOM(`<!DOCTYPE html><html><head></head><body>${options.body || ''}</body></html>`, {
        url: 'https://jira.example.com/jira/browse/SD-7',
        // 'dangerously' lets a <script> that reached the DOM run, which the XSS tests want to see.
        runScripts: options.runScripts || 'outside-only',
        pretendToBeVisual: true
    });
    const { window } = dom;
    const context = dom.getInternalVMContext();
    const clock = new FakeClock();
    window.setTimeout = clock.setTimeout;
    window.clearTimeout = clock.clearTimeout;
    if (options.abortController === false) {
        window.AbortController = undefined; // an older browser
    }
    const server = new FakeServer(window);
    window.fetch = server.fetch;
    const alerts = [];
    window.alert = (...args) => alerts.push(args);

    const amd = installAmd(window);
    const $ = jqueryFactory(window);
    window.define('jquery', [], () => $);

    const dialogs = [];
    window.AJS = {
        I18n: {
            getText(key, ...args) {
                if (!Object.prototype.hasOwnProperty.call(englishTexts, key)) {
                    throw new Error('no i18n text for ' + key);
                }
                return format(englishTexts[key], args);
            }
        },
        format: (pattern, ...args) => format(pattern, args),
        contextPath: () => '/jira',
        dialog2: dialog2StandIn(window, dialogs)
    };

    const wrmStore = {};
    if (options.gateMode !== undefined) {
        wrmStore[GATE_MODE_DATA_KEY] = options.gateMode;
    }
    const wrmData = {
        claim(key) {
            const value = wrmStore[key];
            delete wrmStore[key];
            return value;
        }
    };
    window.WRM = { data: wrmData };
    window.define('wrm/data', [], () => wrmData);

    const events = {
        bind: (type, fn) => $(window.document).on(type, fn),
        unbind: (type, fn) => $(window.document).off(type, fn),
        trigger: (type, args) => $(window.document).trigger(type, args)
    };
    if (options.jiraEvents !== false) {
        window.define('jira/util/events', [], () => events);
        window.define('jira/util/events/types', [], () => ({
            NEW_CONTENT_ADDED: 'newContentAdded',
            NEW_PAGE_ADDED: 'newPageAdded',
            ISSUE_REFRESHED: 'issueRefreshed'
        }));
        window.define('jira/util/events/reasons', [], () => ({
            pageLoad: 'pageLoad',
            dialogReady: 'dialogReady',
            panelRefreshed: 'panelRefreshed'
        }));
    }

    for (const file of options.loadPanel === false ? [] : panelScripts()) {
        const source = fs.readFileSync(path.join(RESOURCES, file), 'utf8');
        new vm.Script(source, { filename: file }).runInContext(context);
    }

    // The page has finished loading: almond runs require([...]) callbacks, jQuery fires ready.
    amd.runWaiting();
    await settle();
    clock.tick(0);
    await settle();

    const page = {
        window,
        document: window.document,
        $,
        clock,
        server,
        alerts,
        dialogs,
        events,
        amd,

        /** Adds markup later, the way Jira adds a dialog or re-renders a panel. */
        add(html, parent) {
            const holder = window.document.createElement('div');
            holder.innerHTML = html; // test-authored markup standing in for Jira's own
            const nodes = Array.from(holder.childNodes);
            const target = parent || window.document.body;
            nodes.forEach((n) => target.appendChild(n));
            return nodes.filter((n) => n.nodeType === 1);
        },

        /** The agent types: the editor's value changes and an input event fires. */
        type(textarea, text) {
            textarea.value = text;
            textarea.dispatchEvent(new window.Event('input', { bubbles: true }));
        },

        /** Types, waits out the debounce and answers the check with a report. */
        async typeAndCheck(textarea, text, report) {
            page.type(textarea, text);
            page.clock.tick(600);
            await settle();
            const request = page.server.last('/check');
            request.respond(200, report);
            await settle();
            return request;
        },

        panelOf(textarea) {
            let node = textarea;
            while (node && node !== window.document.body) {
                let next = node.nextElementSibling;
                while (next) {
                    if (next.classList.contains('reply-coach-panel')) {
                        return next;
                    }
                    next = next.nextElementSibling;
                }
                node = node.parentElement;
            }
            return null;
        },

        openDialog() {
            return dialogs.filter((d) => d.visible).pop() || null;
        },

        settle
    };
    return page;
}

/** A report in the REST/CLI JSON form (ReportJson), with overrides. */
function report(overrides = {}) {
    return Object.assign({
        language: 'en',
        languageConfidence: 0.9,
        score: 72,
        steps: { acknowledge: true, noBut: false, briefInformation: true, openQuestion: false },
        style: {
            dominant: 'competing',
            scores: { collaborating: 0.1, competing: 0.6, avoiding: 0.1, accommodating: 0.1, compromising: 0.1 },
            advice: 'Competing: the reply argues to win.'
        },
        customer: null,
        stats: { words: 12, sentences: 2, lix: 30, gradeLevel: 5 },
        truncated: false,
        findings: []
    }, overrides);
}

/** A finding whose excerpt is the text between start and end. */
function finding(text, fields) {
    const start = fields.start !== undefined ? fields.start : text.indexOf(fields.excerpt);
    const excerpt = fields.excerpt !== undefined ? fields.excerpt : text.slice(start, fields.end);
    return Object.assign({
        rule: 'no-but',
        severity: 'warning',
        start,
        end: start + excerpt.length,
        excerpt,
        message: 'A message.',
        guidance: 'Some guidance.',
        suggestion: null
    }, fields, { start, end: fields.end !== undefined ? fields.end : start + excerpt.length, excerpt });
}

const CLASSIC_COMMENT_FORM = `
<a id="key-val" data-issue-key="SD-7" href="/jira/browse/SD-7">SD-7</a>
<div id="addcomment">
  <form id="issue-comment-add" action="/jira/secure/AddComment.jspa" method="post">
    <div class="jira-wikifield" field-id="comment">
      <textarea id="comment" name="comment" class="textarea long-field wiki-textfield"></textarea>
    </div>
    <div class="buttons-container">
      <input id="issue-comment-add-submit" class="aui-button" type="submit" value="Add">
      <a class="cancel" href="#">Cancel</a>
    </div>
  </form>
</div>`;

module.exports = {
    openPage,
    report,
    finding,
    settle,
    panelScripts,
    readProperties,
    CLASSIC_COMMENT_FORM,
    GATE_MODE_DATA_KEY,
    ROOT,
    RESOURCES
};
