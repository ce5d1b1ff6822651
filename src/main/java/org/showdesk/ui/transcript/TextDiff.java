package org.showdesk.ui.transcript;

/**
 * The one change that turns one text into another: the common start and end are kept, the middle is
 * replaced. A burst of typing is one contiguous change, so this records it exactly and small.
 *
 * @param start       offset in the old text where the change starts
 * @param end         offset in the old text where it ends (exclusive)
 * @param replacement what the new text has instead
 */
public record TextDiff(int start, int end, String replacement) {

    public static TextDiff between(String before, String after) {
        int max = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) prefix++;
        // Never split a surrogate pair: a half character is not a change a host made.
        if (prefix > 0 && prefix < before.length() && Character.isLowSurrogate(before.charAt(prefix))) prefix--;
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && before.length() - suffix < before.length()
                && Character.isLowSurrogate(before.charAt(before.length() - suffix))
                && Character.isHighSurrogate(before.charAt(before.length() - suffix - 1))) {
            suffix--;
        }
        return new TextDiff(prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix));
    }

    public boolean isEmpty() {
        return start == end && replacement.isEmpty();
    }
}
