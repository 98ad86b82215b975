'use strict';
/*
 * Runs the sandbox and a browser for one test file.
 *
 * startSandbox() spawns the sandbox's JVM (java -cp target/test-classes:target/classes:<deps>,
 * the classpath scripts/test-browser writes to target/sandbox.cp) on a free loopback port (port 0:
 * the JVM binds one and prints it, so there is no race for a port), waits for its ready line, and
 * stop() kills that process. The browser is Debian's Chromium driven by playwright-core; each test
 * gets its own context (cookies), so the user it logs in as is its own.
 *
 * Every page fails its test on any JavaScript dialog (alert, confirm, prompt) and on any uncaught
 * page error: an injected <script> that ran would show up as one or the other.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '../../../..');
const SCREENSHOTS = path.join(ROOT, 'target/screenshots');
const READY = 'Reply Coach sandbox ready at ';
const START_TIMEOUT_MS = 60000;

function classpath() {
    const file = path.join(ROOT, 'target/sandbox.cp');
    if (!fs.existsSync(file)) {
        throw new Error('target/sandbox.cp is missing: run scripts/test-browser (it builds the test classes and the classpath)');
    }
    return ['target/test-classes', 'target/classes', fs.readFileSync(file, 'utf8').trim()].join(path.delimiter);
}

/** Starts a seeded sandbox; resolves to {url, stop()} once it serves. */
function startSandbox() {
    const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin/java') : 'java';
    const child = spawn(java, ['-Xmx512m', '-Dfile.encoding=UTF-8', '-cp', classpath(),
        'dk.replycoach.sandbox.SandboxMain', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const stop = () => new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
            resolve();
            return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
    });
    process.once('exit', () => {
        if (child.exitCode === null) {
            child.kill('SIGKILL');
        }
    });
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error('the sandbox did not start within ' + START_TIMEOUT_MS + ' ms:\n' + output));
        }, START_TIMEOUT_MS);
        const onData = (chunk) => {
            output += chunk;
            const line = output.split('\n').find((l) => l.startsWith(READY));
            if (line) {
                clearTimeout(timer);
                // The sandbox prints localhost; the tests use the loopback address it is bound to.
                const url = line.slice(READY.length).split(' ')[0].replace('localhost', '127.0.0.1').replace(/\/$/, '');
                resolve({ url, stop, output: () => output });
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', (chunk) => {
            output += chunk;
        });
        child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error('the sandbox exited with ' + code + ':\n' + output));
        });
    });
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Debian's Chromium, headless. Playwright gives every launch a fresh temporary profile
 * (--user-data-dir) of its own and removes it on close.
 */
async function launchBrowser() {
    const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
    if (!fs.existsSync(executablePath)) {
        throw new Error(executablePath + ' is missing: apt-get install -y chromium (or set CHROMIUM_PATH)');
    }
    return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A page logged in as `user` (a sandbox username, or null for anonymous), watching for dialogs
 * and page errors. Call page.assertClean() at the end of each test.
 */
async function openPage(browser, sandbox, user) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    if (user) {
        await context.addCookies([{ name: 'rc-sandbox-user', value: user, url: sandbox.url + '/' }]);
    }
    // Long enough for a loaded CI machine, short enough that a missing element fails in seconds.
    context.setDefaultTimeout(10000);
    const page = await context.newPage();
    const dialogs = [];
    const errors = [];
    page.on('dialog', (dialog) => {
        dialogs.push(dialog.type() + ': ' + dialog.message());
        dialog.dismiss().catch(() => {});
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.assertClean = () => {
        assert.deepEqual(dialogs, [], 'no JavaScript dialog may open');
        assert.deepEqual(errors, [], 'no uncaught error in the page');
    };
    page.dialogs = dialogs;
    /** Asserts the page stayed clean, then closes its context. */
    page.finish = async () => {
        try {
            page.assertClean();
        } finally {
            await context.close();
        }
    };
    return page;
}

/** Saves a screenshot as target/screenshots/<name>.png. */
async function screenshot(page, name, options = {}) {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, name + '.png');
    await page.screenshot(Object.assign({ path: file, animations: 'disabled' }, options));
    return file;
}

/** What /status says: which report pages have their real servlet. */
async function status(sandbox) {
    const response = await fetch(sandbox.url + '/status');
    return response.json();
}

function tempDir(prefix) {
    return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * One sandbox and one browser for a test file: started before its tests, stopped after them. The
 * returned object carries them as `sandbox` and `browser` once started; `ready`, when given, runs
 * after both are up.
 */
function useSandbox(ready) {
    const { before, after } = require('node:test');
    const ctx = {};
    before(async () => {
        ctx.sandbox = await startSandbox();
        ctx.browser = await launchBrowser();
        if (ready) {
            await ready(ctx);
        }
    });
    after(async () => {
        if (ctx.browser) {
            await ctx.browser.close();
        }
        if (ctx.sandbox) {
            await ctx.sandbox.stop();
        }
    });
    return ctx;
}

module.exports = { useSandbox, startSandbox, launchBrowser, openPage, screenshot, status, tempDir, classpath, ROOT, SCREENSHOTS };
