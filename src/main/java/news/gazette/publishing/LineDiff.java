package news.gazette.publishing;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two texts share, in order, and those only one of them has: a longest common subsequence, found by the
 * textbook table. Texts too long for the table (more than four million line pairs) come out as all removed, then
 * all added, which is still true if less helpful.
 */
final class LineDiff {

    private static final long MAX_CELLS = 4_000_000;

    private LineDiff() {
    }

    static List<DiffLine> between(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            var lines = new ArrayList<DiffLine>();
            a.forEach(line -> lines.add(new DiffLine(DiffLine.Change.REMOVED, line)));
            b.forEach(line -> lines.add(new DiffLine(DiffLine.Change.ADDED, line)));
            return lines;
        }
        // common[i][j]: how many lines a[i..] and b[j..] share, in order
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        var lines = new ArrayList<DiffLine>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add(new DiffLine(DiffLine.Change.SAME, a.get(i++)));
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                lines.add(new DiffLine(DiffLine.Change.ADDED, b.get(j++)));
            } else {
                lines.add(new DiffLine(DiffLine.Change.REMOVED, a.get(i++)));
            }
        }
        return lines;
    }
}
