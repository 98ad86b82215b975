/*
 * The three calls to the plugin's REST resource. JSON bodies only: Atlassian REST accepts
 * application/json without an XSRF token and rejects form posts, which is the protection we want.
 */
define('dk/replycoach/panel/coach-client', [], function () {
    'use strict';

    var BASE = '/rest/reply-coach/1.0';
    // A node that is busy (503) says when to ask again; the check asks twice more, then gives up.
    var BUSY_RETRIES = 2;
    var BUSY_WAIT_MS = 1000;
    var BUSY_WAIT_MIN_MS = 200;
    var BUSY_WAIT_MAX_MS = 3000;

    function url(path) {
        var contextPath = (window.AJS && typeof AJS.contextPath === 'function') ? AJS.contextPath() : '';
        return contextPath + BASE + path;
    }

    /** A failed call; status 0 means the request never got an answer. */
    function CoachError(status, message, retryAfterMs) {
        this.name = 'CoachError';
        this.status = status;
        this.message = message || '';
        this.retryAfterMs = retryAfterMs;
    }
    CoachError.prototype = Object.create(Error.prototype);
    CoachError.prototype.constructor = CoachError;

    function post(path, body, signal) {
        return window.fetch(url(path), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(body),
            signal: signal
        }).then(function (response) {
            return response.json().then(null, function () {
                return null;
            }).then(function (json) {
                if (!response.ok) {
                    throw new CoachError(response.status, json && typeof json.error === 'string' ? json.error : '',
                        retryAfterMs(response));
                }
                return json;
            });
        }, function (error) {
            if (error && error.name === 'AbortError') {
                throw error;
            }
            throw new CoachError(0, '');
        });
    }

    /** Retry-After in whole seconds, as the resource sends it; anything else means the default wait. */
    function retryAfterMs(response) {
        var value = response.headers && typeof response.headers.get === 'function' ? response.headers.get('Retry-After') : null;
        var seconds = /^\s*\d+\s*$/.test(value || '') ? parseInt(value, 10) : NaN;
        return isNaN(seconds) ? BUSY_WAIT_MS : Math.min(Math.max(seconds * 1000, BUSY_WAIT_MIN_MS), BUSY_WAIT_MAX_MS);
    }

    /** Up to half as long again, so the panels a busy node turned away do not all come back at once. */
    function spread(ms) {
        return ms + Math.floor(Math.random() * ms / 2);
    }

    /** Resolves after the wait, or rejects as fetch does when the check is cancelled meanwhile. */
    function pause(ms, signal) {
        return new Promise(function (resolve, reject) {
            function aborted() {
                window.clearTimeout(timer);
                reject(new window.DOMException('The operation was aborted.', 'AbortError'));
            }
            var timer = window.setTimeout(function () {
                if (signal) {
                    signal.removeEventListener('abort', aborted);
                }
                resolve();
            }, ms);
            if (signal) {
                if (signal.aborted) {
                    aborted();
                    return;
                }
                signal.addEventListener('abort', aborted);
            }
        });
    }

    /** The check, asked again when the node answers that it is busy. */
    function postCheck(request, signal, retriesLeft) {
        return post('/check', request, signal).then(null, function (error) {
            if (error instanceof CoachError && error.status === 503 && retriesLeft > 0) {
                return pause(spread(error.retryAfterMs || BUSY_WAIT_MS), signal).then(function () {
                    return postCheck(request, signal, retriesLeft - 1);
                });
            }
            throw error;
        });
    }

    /**
     * @param request {text, issueKey, draftId, customerText?, internal?}
     * @returns a promise of {enabled: false} or a report (DESIGN §3)
     */
    function check(request, signal) {
        return postCheck(request, signal, BUSY_RETRIES).then(function (json) {
            if (!json || typeof json !== 'object') {
                throw new CoachError(0, '');
            }
            if (json.enabled === false) {
                return {enabled: false};
            }
            if (!Array.isArray(json.findings)) {
                throw new CoachError(0, '');
            }
            return json;
        });
    }

    /** A "not helpful" vote for one rule on one draft. */
    function feedback(vote) {
        return post('/feedback', {rule: vote.rule, draftId: vote.draftId, issueKey: vote.issueKey});
    }

    /** The agent sent a reply despite a block: which rules, the reason category, an optional note. */
    function override(record) {
        var body = {draftId: record.draftId, issueKey: record.issueKey, rules: record.rules, reason: record.reason};
        if (record.note) {
            body.note = record.note;
        }
        return post('/override', body);
    }

    return {check: check, feedback: feedback, override: override, CoachError: CoachError, url: url};
});
