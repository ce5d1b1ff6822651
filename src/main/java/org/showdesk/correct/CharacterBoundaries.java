package org.showdesk.correct;

import java.util.List;

/** No words at all: every character may start or end a word. Used until a real dictionary has loaded. */
final class CharacterBoundaries implements ChineseDictionary {
    static final CharacterBoundaries INSTANCE = new CharacterBoundaries();

    private CharacterBoundaries() {
    }

    @Override
    public List<Word> segment(String run) {
        return null;
    }

    @Override
    public int frequency(String word) {
        return 0;
    }

    @Override
    public boolean isKnownWord(String word) {
        return false;
    }

    @Override
    public int pairFrequency(String left, String right) {
        return 0;
    }

    @Override
    public boolean knowsWords() {
        return false;
    }

    @Override
    public String toString() {
        return "character boundaries";
    }
}
