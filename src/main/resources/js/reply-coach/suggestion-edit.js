/*
 * Applying a suggested edit to the editor, and taking it back. The agent stays the author: an edit
 * is only applied where it still fits the text, and the text before it can be restored.
 */
define('dk/replycoach/panel/suggestion-edit', [], function () {
    'use strict';

    function isOffset(n) {
        return typeof n === 'number' && n >= 0 && Math.floor(n) === n;
    }

    /**
     * The editor's text with the suggestion applied, or null when the suggestion no longer fits.
     * @param current the text in the editor now
     * @param checked the text the report was made for (its offsets are UTF-16 offsets into it)
     * @param suggestion {replace, insert, start, end}
     * @returns {text, caret} or null
     */
    function applyTo(current, checked, suggestion) {
        if (!suggestion || !isOffset(suggestion.start) || !isOffset(suggestion.end)
            || suggestion.end < suggestion.start || suggestion.end > checked.length) {
            return null;
        }
        var edit = typeof suggestion.insert === 'string' ? suggestion.insert : suggestion.replace;
        if (typeof edit !== 'string') {
            return null;
        }
        // Typing after the span leaves the offsets valid; any change before its end does not.
        if (current.slice(0, suggestion.end) !== checked.slice(0, suggestion.end)) {
            return null;
        }
        return {
            text: current.slice(0, suggestion.start) + edit + current.slice(suggestion.end),
            caret: suggestion.start + edit.length
        };
    }

    /** Puts text into the editor the way typing would, so Jira's own listeners see the change. */
    function setEditorText(textarea, text, caret) {
        textarea.value = text;
        textarea.focus();
        if (typeof caret === 'number' && typeof textarea.setSelectionRange === 'function') {
            textarea.setSelectionRange(caret, caret);
        }
        textarea.dispatchEvent(new Event('input', {bubbles: true}));
    }

    /**
     * Remembers the last applied edit of one editor so it can be undone, but only while the editor
     * still holds exactly what the edit produced: undoing over later typing would lose that typing.
     */
    function EditHistory(textarea) {
        this.textarea = textarea;
        this.last = null;
    }

    EditHistory.prototype.apply = function (finding, checked) {
        var result = applyTo(this.textarea.value, checked, finding.suggestion);
        if (!result) {
            return false;
        }
        this.last = {before: this.textarea.value, after: result.text};
        setEditorText(this.textarea, result.text, result.caret);
        return true;
    };

    EditHistory.prototype.canUndo = function () {
        return !!this.last && this.textarea.value === this.last.after;
    };

    EditHistory.prototype.undo = function () {
        if (!this.canUndo()) {
            this.last = null;
            return false;
        }
        var before = this.last.before;
        this.last = null;
        setEditorText(this.textarea, before, before.length);
        return true;
    };

    return {applyTo: applyTo, EditHistory: EditHistory};
});
