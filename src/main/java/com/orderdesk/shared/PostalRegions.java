package com.orderdesk.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which prefectures a postal code's first three digits belong to. Table: Japan Post's allocation of
 * the first two digits to prefectures (the 上2桁 regions, as summarised in the Japanese Wikipedia
 * article 「日本の郵便番号」), plus the three-digit areas known to cross a prefecture border, which
 * accept both (199 相模原市緑区, 498 木曽岬町, 618 島本町, 685 隠岐, 871 吉富町・上毛町). It is a
 * plausibility check against typos (東京都 with 530-0001), not an address database: Japan Post's
 * KEN_ALL would be the exact source and is not shipped.
 */
public final class PostalRegions {

    private static final Map<Integer, Set<String>> BY_FIRST_THREE = new HashMap<>();

    static {
        // prefecture, then inclusive ranges of the first two digits
        region("北海道", 0, 0, 4, 9);
        region("青森県", 3, 3);
        region("岩手県", 2, 2);
        region("宮城県", 98, 98);
        region("秋田県", 1, 1);
        region("山形県", 99, 99);
        region("福島県", 96, 97);
        region("茨城県", 30, 31);
        region("栃木県", 32, 32);
        region("群馬県", 37, 37);
        region("埼玉県", 33, 36);
        region("千葉県", 26, 29);
        region("東京都", 10, 20);
        region("神奈川県", 21, 25);
        region("新潟県", 94, 95);
        region("富山県", 93, 93);
        region("石川県", 92, 92);
        region("福井県", 91, 91);
        region("山梨県", 40, 40);
        region("長野県", 38, 39);
        region("岐阜県", 50, 50);
        region("静岡県", 41, 43);
        region("愛知県", 44, 49);
        region("三重県", 51, 51);
        region("滋賀県", 52, 52);
        region("京都府", 60, 62);
        region("大阪府", 53, 59);
        region("兵庫県", 65, 67);
        region("奈良県", 63, 63);
        region("和歌山県", 64, 64);
        region("鳥取県", 68, 68);
        region("島根県", 69, 69);
        region("岡山県", 70, 71);
        region("広島県", 72, 73);
        region("山口県", 74, 75);
        region("徳島県", 77, 77);
        region("香川県", 76, 76);
        region("愛媛県", 79, 79);
        region("高知県", 78, 78);
        region("福岡県", 80, 83);
        region("佐賀県", 84, 84);
        region("長崎県", 85, 85);
        region("熊本県", 86, 86);
        region("大分県", 87, 87);
        region("宮崎県", 88, 88);
        region("鹿児島県", 89, 89);
        region("沖縄県", 90, 90);
        alsoIn(199, "神奈川県");
        alsoIn(498, "三重県");
        alsoIn(618, "大阪府");
        alsoIn(685, "島根県");
        alsoIn(871, "福岡県");
    }

    private PostalRegions() {
    }

    private static void region(String prefecture, int... twoDigitRanges) {
        for (int r = 0; r < twoDigitRanges.length; r += 2) {
            for (int two = twoDigitRanges[r]; two <= twoDigitRanges[r + 1]; two++) {
                for (int third = 0; third <= 9; third++) {
                    BY_FIRST_THREE.computeIfAbsent(two * 10 + third, key -> new java.util.TreeSet<>()).add(prefecture);
                }
            }
        }
    }

    private static void alsoIn(int firstThree, String prefecture) {
        BY_FIRST_THREE.get(firstThree).add(prefecture);
    }

    /** The prefectures a valid postal code ({@code 150-0001} or {@code 1500001}) may belong to. */
    public static Set<String> prefecturesOf(String postalCode) {
        int firstThree = Integer.parseInt(postalCode.replace("-", "").substring(0, 3));
        return BY_FIRST_THREE.getOrDefault(firstThree, Set.of());
    }

    /** Whether the postal code may lie in the prefecture; unknown prefixes are not refused. */
    public static boolean fits(String postalCode, String prefecture) {
        Set<String> prefectures = prefecturesOf(postalCode);
        return prefectures.isEmpty() || prefectures.contains(prefecture);
    }

    static List<String> describe(String postalCode) {
        return List.copyOf(prefecturesOf(postalCode));
    }
}
