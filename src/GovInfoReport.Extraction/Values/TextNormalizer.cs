using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;

namespace GovInfoReport.Extraction.Values;

/// <summary>What <see cref="TextNormalizer"/> changed in a text.</summary>
[Flags]
internal enum TextChanges
{
    None = 0,
    Traditional = 1,
    Romanisation = 2,
    Vocabulary = 4,
    Artefact = 8,
}

/// <summary>
/// Normalisation for reading labels, headings and titles: conversion artefacts removed, romanisation junk removed,
/// traditional characters converted with a small built-in table (the characters of labels, headings, titles and
/// common agency names; anything else is kept), the vocabulary of converting mirrors read back, full-width ASCII
/// folded. Prose keeps its published characters: only what is matched is normalised.
/// </summary>
internal static partial class TextNormalizer
{
    // Pairs "traditional simplified". Enough for every label, header, heading and title word of the templates, and the
    // usual words of agency names; the table is not a general converter and does not pretend to be.
    private const string TraditionalPairs =
        "條条 項项 規规 範范 檔档 許许 處处 罰罚 強强 費费 採采 購购 數数 請请 結结 轉转 辦办 開开 國国 機机 關关 與与 資资 訊讯 訴诉 訟讼 議议 復复 複复 維维 糾纠 審审 總总 計计 體体 況况 題题 " +
        "進进 報报 務务 護护 權权 屬属 於于 類类 內内 過过 執执 詢询 沒没 現现 補补 後后 確确 訪访 舉举 無无 當当 認认 獲获 繳缴 納纳 縣县 區区 藥药 監监 點点 寧宁 會会 衛卫 員员 傳传 統统 發发 " +
        "佈布 網网 頁页 門门 戶户 專专 欄栏 應应 對对 問问 動动 據据 編编 寫写 說说 單单 級级 經经 濟济 爭争 產产 農农 業业 廳厅 銀银 險险 證证 幣币 錢钱 稅税 鐵铁 車车 輛辆 醫医 療疗 環环 學学 " +
        "廣广 電电 視视 聞闻 劃划 設设 給给 們们 實实 際际 這这 來来 時时 間间 種种 樣样 個个 為为 態态 聯联 絡络 熱热 線线 歷历 曆历 紀纪 錄录 簡简 億亿 萬万 兩两 買买 賣卖 價价 貨货 職职 聽听 " +
        "讀读 書书 畫画 圖图 園园 團团 練练 績绩 憲宪 黨党 檢检 驗验 術术 師师 軍军 鎮镇 鄉乡 漢汉 廠厂 氣气 災灾 風风 東东 貴贵 黃黄 陝陕 遼辽 蘇苏 閩闽 贛赣 魯鲁 粵粤 瓊琼 隴陇 臺台 灣湾 廈厦 " +
        "濱滨 陽阳 鄭郑 長长 瀋沈 齊齐 爾尔 慶庆 華华 歸归 邊边 靜静 雲云 貿贸 財财 預预 決决 僑侨 糧粮 儲储 備备 礦矿 測测 繪绘 漁渔 運运 輸输 遊游 場场 織织 組组 識识 調调 談谈 論论 讓让 諮咨 " +
        "詳详 細细 節节 違违 責责 負负 擔担 勞劳 導导 領领 從从 眾众 衆众 見见 觀观 覽览 顯显 號号 碼码 幫帮 競竞 獎奖 懲惩 擴扩 擬拟 斷断 樂乐 極极 構构 標标 橋桥 歡欢 殘残 淨净 溝沟 滅灭 滿满 " +
        "營营 狀状 獨独 盡尽 盤盘 礎础 禮礼 稱称 積积 穩稳 筆笔 築筑 簽签 籌筹 約约 紙纸 純纯 終终 絕绝 綜综 綠绿 緊紧 締缔 緩缓 繼继 續续 羅罗 義义 習习 聲声 臨临 興兴 舊旧 裝装 製制 親亲 覺觉 " +
        "訂订 討讨 訓训 記记 診诊 評评 詞词 試试 話话 該该 誤误 課课 諸诸 謀谋 講讲 謝谢 變变 豐丰 貧贫 販贩 貸贷 貼贴 賀贺 賓宾 賠赔 質质 賽赛 贊赞 贈赠 趕赶 趨趋 跡迹 踐践 軌轨 軟软 載载 輔辅 " +
        "輕轻 轄辖 辭辞 連连 達达 遠远 適适 遷迁 選选 遺遗 還还 郵邮 鄰邻 釋释 裏里 裡里 針针 鋼钢 錯错 鍵键 閉闭 閱阅 闊阔 陣阵 陳陈 陸陆 隊队 階阶 隨随 隱隐 雖虽 雙双 雜杂 難难 靈灵 響响 頂顶 " +
        "順顺 須须 頻频 額额 顏颜 飛飞 養养 館馆 馬马 髮发 鬥斗 鬧闹 麥麦 齡龄 龍龙 準准 則则 誌志 鐘钟 錶表 餘余 優优 勢势 協协 廢废 恆恒 懷怀 憑凭 戰战 戲戏 擇择 擊击 攜携 敗败 敘叙 斂敛 樞枢 " +
        "歲岁 涼凉 淵渊 減减 溫温 潛潜 澤泽 濃浓 濫滥 瀏浏 燒烧 爛烂 牽牵 猶犹 獻献 畢毕 疊叠 盜盗 碩硕 禦御 穀谷 窮穷 竊窃 紛纷 紹绍 絲丝 綱纲 緒绪 緣缘 縮缩 聖圣 聰聪 肅肃 脅胁 腦脑 膽胆 臉脸 " +
        "艱艰 藍蓝 藝艺 蘭兰 蟲虫 襲袭 觸触 託托 訣诀 譯译 讚赞 貫贯 貯贮 賦赋 賴赖 贏赢 趙赵 蹤踪 較较 輪轮 輯辑 辯辩 迴回 週周 遞递 遲迟 邏逻 鑑鉴 鑒鉴 閘闸 闡阐 陰阴 隸隶 雞鸡 離离 韋韦 韓韩 " +
        "頒颁 頭头 頸颈 頓顿 顧顾 飢饥 飲饮 飽饱 驅驱 鬱郁 魚鱼 鳥鸟 鹽盐 麗丽 齒齿 亂乱 亞亚 倉仓 倫伦 偉伟 側侧 偵侦 傑杰 債债 傷伤 僅仅 儀仪 兒儿 凱凯 創创 劉刘 劇剧 勁劲 勵励 勝胜 匯汇 厭厌 " +
        "參参 吳吴 呂吕 啟启 喪丧 嚴严 圍围 圓圆 堅坚 塊块 塗涂 壓压 壞坏 壩坝 壯壮 壽寿 夠够 夢梦 奪夺 奮奋 婦妇 孫孙 寶宝 寬宽 將将 尋寻 屆届 層层 島岛 峽峡 崗岗 嶺岭 巖岩 帥帅 帳账 帶带 幹干 " +
        "彈弹 彙汇 徵征 徹彻 慮虑 憂忧 懸悬 懼惧 掃扫 掛挂 揚扬 換换 損损 搖摇 搶抢 撥拨 擁拥 擾扰 攤摊 敵敌 晉晋 曉晓 暫暂 棄弃 棟栋 楊杨 榮荣 槍枪 樓楼 樹树 橫横 櫃柜 歐欧 殺杀 殼壳 毀毁 滬沪 " +
        "滯滞 漲涨 潔洁 潤润 濕湿 濤涛 灑洒 烏乌 煙烟 煩烦 燈灯 爐炉 牆墙 獄狱 獵猎 畝亩 異异 礙碍 祕秘 禍祸 篩筛 籃篮 縱纵 繩绳 腳脚 膚肤 艦舰 莊庄 葉叶 蒼苍 蓋盖 薦荐 虛虚 衝冲 註注 詐诈 誠诚 " +
        "誕诞 語语 誼谊 諾诺 謂谓 謹谨 譜谱 貝贝 貢贡 貪贪 賈贾 賢贤 賬账 軸轴 遜逊 遙遥 釘钉 銅铜 銷销 鋪铺 鋒锋 錦锦 鍋锅 鎖锁 鏈链 鏡镜 鑄铸 閃闪 閣阁 霧雾 頗颇 飄飘 餅饼 駐驻 騎骑 騙骗 驚惊 " +
        "鬆松 鮮鲜 鳳凤 鴻鸿 鵬鹏 麼么 佔占 係系 倆俩 噸吨 嘆叹 夾夹 寢寝 廁厕 廂厢 廬庐 彌弥 徑径 悅悦 惡恶 愛爱 慣惯 慚惭 擠挤 撫抚 斬斩 暢畅 歎叹 氫氢 溼湿 灘滩 熾炽 犢犊 猙狰 瑣琐 甕瓮 皺皱 " +
        "瞭了 稈秆 窪洼 箏筝 糞粪 紋纹 絨绒 綢绸 緝缉 縫缝 罈坛 翹翘 聳耸 膠胶 艙舱 蘆芦 蝦虾 蠟蜡 裊袅 覓觅 訝讶 諜谍 謊谎 譏讥 豎竖 賊贼 賤贱 躍跃 輩辈 辮辫 鄧邓 醬酱 鈍钝 鈴铃 鉛铅 銳锐 鋸锯 " +
        "錘锤 鍛锻 鎊镑 鐮镰 鑰钥 閥阀 闖闯 陘陉 隕陨 雋隽 霽霁 靂雳 韌韧 頌颂 頑顽 頰颊 顫颤 颱台 餃饺 餓饿 餵喂 饒饶 駁驳 駕驾 駛驶 騷骚 驢驴 鬍胡 鯉鲤 鴨鸭 鵝鹅 鶴鹤 鷹鹰 黴霉 齋斋 冊册 劑剂 " +
        "勻匀 啞哑 喚唤 嘗尝 嘯啸 噴喷 嚇吓 囑嘱 墳坟 壺壶 妝妆 嬰婴 孿孪 屜屉 岡冈 嵐岚 廟庙 徬彷 慘惨 懶懒 拋抛 挾挟 捨舍 掙挣 揀拣 擱搁 擲掷 攔拦 攬揽 斃毙 暈晕 暉晖 曬晒 朧胧 棧栈 欖榄 歟欤 " +
        "氾泛 淚泪 渦涡 湧涌 滲渗 滷卤 澱淀 濁浊 瀝沥 瀾澜 灤滦 煉炼 燉炖 爺爷 獅狮 瑪玛 癢痒 癥症 皚皑 盞盏 矇蒙 矯矫 礫砾 禪禅 稟禀 稜棱 穌稣 窩窝 竄窜 筍笋 箋笺 簾帘 籤签 粧妆 紡纺 紳绅 絞绞 " +
        "綁绑 綫线 綻绽 緞缎 緯纬 縛缚 繃绷 繡绣 纏缠 罌罂 羋芈 翬翚 聶聂 脈脉 脫脱 腎肾 腫肿 膩腻 臘腊 艷艳 芻刍 莖茎 萊莱 萵莴 蔥葱 蔭荫 蕎荞 薑姜 藹蔼 蘊蕴 蘿萝 虜虏 蠅蝇 蠶蚕 衊蔑 襖袄 覈核 " +
        "訃讣 訛讹 詔诏 詠咏 誇夸 誦诵 誨诲 諷讽 謎谜 謠谣 譴谴 讒谗 讖谶 豈岂 豔艳 貞贞 貶贬 賜赐 賭赌 贖赎 蹕跸 躋跻 軋轧 軒轩 輓挽 轎轿 轟轰 迆迤 逕迳 鄒邹 醜丑 釁衅 釐厘 鈔钞 鈕钮 鉗钳 銜衔 " +
        "鋁铝 錳锰 鍍镀 鎔熔 鏽锈 鐺铛 鑼锣 閏闰 閨闺 闈闱 隄堤 雛雏 霑沾 靦腼 韁缰 頃顷 頡颉 頤颐 顆颗 顎颚 颯飒 飪饪 餚肴 饋馈 馭驭 馮冯 駝驼 駱骆 驟骤 骯肮 髏髅 鬚须 魎魉 鯨鲸 鱗鳞 鳴鸣 鴉鸦 " +
        "鴿鸽 鵲鹊 鶯莺 鷗鸥 鸚鹦 麵面 黌黉 黷黩 齟龃 ";

    private const char FirstIdeograph = '\u4E00';

    // A bookmark starts with '[', emphasis is "**" or "__", a Markdown heading starts with '#'.
    private static readonly SearchValues<char> ArtefactMarks = SearchValues.Create("[*_#");
    private const char LastIdeograph = '\u9FFF';

    private static readonly FrozenDictionary<char, char> TraditionalToSimplified = BuildTraditionalTable();

    // The same table as a dense array over the CJK unified block: one index per character on the hot path.
    private static readonly char[] SimplifiedByIdeograph = BuildDenseTable();

    // Vocabulary of mirrors that convert words, not only characters (applied after character conversion).
    private static readonly (string From, string To)[] Vocabulary =
    [
        ("入口网站", "门户网站"),
        ("资讯", "信息"),
        ("档案", "文件"),
        ("网路", "网络"),
        ("软体", "软件"),
    ];

    /// <summary>The number of characters in the built-in traditional table.</summary>
    internal static int TraditionalTableSize => TraditionalToSimplified.Count;

    /// <summary>Whether a character is layout white space (ASCII and full-width spaces, no-break spaces, tabs, zero-width).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for layout white space.</returns>
    internal static bool IsLayoutSpace(char c) => c switch
    {
        ' ' or '\t' or '\r' or '\n' or '\f' or '\v' or '\u3000' or '\u00A0' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u202F' or '\u205F' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>Whether a text is empty or only layout white space (what <c>TrimLayout(text).Length == 0</c> tells, without a copy).</summary>
    /// <param name="text">The text.</param>
    /// <returns>True for blank text.</returns>
    internal static bool IsBlank(string text) => IsBlank(text.AsSpan());

    /// <summary>Whether a span is empty or only layout white space.</summary>
    /// <param name="text">The span.</param>
    /// <returns>True for blank text.</returns>
    internal static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsLayoutSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text without layout white space at either end, as a span (no copy).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The trimmed span.</returns>
    internal static ReadOnlySpan<char> TrimLayoutSpan(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsLayoutSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsLayoutSpace(text[end - 1]))
        {
            end--;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>Trims layout white space at both ends.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The trimmed text.</returns>
    internal static string TrimLayout(string text)
    {
        var trimmed = TrimLayoutSpan(text);
        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    /// <summary>Removes conversion artefacts: "[bookmark: …]", Markdown emphasis "**" / "__", a leading Markdown heading mark.</summary>
    /// <param name="text">The text.</param>
    /// <param name="changed">Whether anything was removed.</param>
    /// <returns>The text without artefacts.</returns>
    internal static string RemoveArtefacts(string text, out bool changed)
    {
        changed = false;
        if (text.AsSpan().IndexOfAny(ArtefactMarks) < 0)
        {
            // Every artefact needs one of these characters; one vectorised scan clears the common cell.
            return text;
        }

        if (text.Contains('[', StringComparison.Ordinal) && text.Contains("bookmark", StringComparison.OrdinalIgnoreCase))
        {
            var replaced = BookmarkRegex().Replace(text, string.Empty);
            changed |= !ReferenceEquals(replaced, text) && replaced.Length != text.Length;
            text = replaced;
        }

        if (text.Contains("**", StringComparison.Ordinal) || text.Contains("__", StringComparison.Ordinal))
        {
            var replaced = text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
            changed |= replaced.Length != text.Length;
            text = replaced;
        }

        // Trimmed as a span: most cells have layout space around them and no heading mark, so no copy is made for them.
        var trimmed = TrimLayoutSpan(text);
        if (trimmed.Length > 0 && trimmed[0] == '#')
        {
            var i = 0;
            while (i < trimmed.Length && trimmed[i] == '#')
            {
                i++;
            }

            if (i <= 6 && i < trimmed.Length && IsLayoutSpace(trimmed[i]))
            {
                changed = true;
                text = trimmed[i..].ToString();
            }
        }

        return text;
    }

    /// <summary>
    /// Normalises a short text for matching: artefacts and romanisation removed, traditional characters converted,
    /// full-width ASCII folded to ASCII, all layout white space removed, mirror vocabulary read back.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="changes">What was changed.</param>
    /// <returns>The normalised text (punctuation kept).</returns>
    internal static string Normalize(string text, out TextChanges changes)
    {
        changes = TextChanges.None;
        if (text.Length == 0)
        {
            return text;
        }

        text = RemoveArtefacts(text, out var artefact);
        if (artefact)
        {
            changes |= TextChanges.Artefact;
        }

        if (text.IndexOf('(') >= 0 || text.IndexOf('（') >= 0)
        {
            var removed = RomanisationRegex().Replace(text, string.Empty);
            if (removed.Length != text.Length)
            {
                changes |= TextChanges.Romanisation;
                text = removed;
            }
        }

        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var changed = false;
        foreach (var c in text)
        {
            if (IsLayoutSpace(c))
            {
                changed = true;
                continue;
            }

            var mapped = c;
            if (c >= '\uFF01' && c <= '\uFF5E')
            {
                mapped = (char)(c - 0xFEE0);
            }
            else if (c >= FirstIdeograph && c <= LastIdeograph)
            {
                var simplified = SimplifiedByIdeograph[c - FirstIdeograph];
                if (simplified != '\0')
                {
                    mapped = simplified;
                    changes |= TextChanges.Traditional;
                }
            }
            else if (c is '〔' or '【')
            {
                mapped = '[';
            }
            else if (c is '〕' or '】')
            {
                mapped = ']';
            }

            changed |= mapped != c;
            buffer[length++] = mapped;
        }

        var result = changed ? new string(buffer[..length]) : text;
        if ((changes & TextChanges.Traditional) != 0 || result.Contains("资讯", StringComparison.Ordinal) || result.Contains("档案", StringComparison.Ordinal) || result.Contains("入口网站", StringComparison.Ordinal))
        {
            foreach (var (from, to) in Vocabulary)
            {
                if (result.Contains(from, StringComparison.Ordinal))
                {
                    result = result.Replace(from, to, StringComparison.Ordinal);
                    changes |= TextChanges.Vocabulary;
                }
            }
        }

        return result;
    }

    /// <summary>A comparison key: <see cref="Normalize"/>, then only CJK ideographs, ASCII letters (lower case) and digits kept.</summary>
    /// <param name="normalized">Text already normalised.</param>
    /// <returns>The key.</returns>
    internal static string Key(string normalized)
    {
        var buffer = normalized.Length <= 512 ? stackalloc char[normalized.Length] : new char[normalized.Length];
        var length = 0;
        foreach (var c in normalized)
        {
            if (IsIdeograph(c) || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
            {
                buffer[length++] = c;
            }
            else if (c >= 'A' && c <= 'Z')
            {
                buffer[length++] = (char)(c + 32);
            }
        }

        return length == normalized.Length ? normalized : new string(buffer[..length]);
    }

    /// <summary>Whether a character is a CJK ideograph (or 〇).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for ideographs.</returns>
    internal static bool IsIdeograph(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF') || c == '〇';

    /// <summary>Converts traditional characters of a text with the built-in table, keeping everything else (prose-safe).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with known traditional characters converted and romanisation junk removed.</returns>
    internal static string ToSimplifiedLoose(string text)
    {
        if (text.IndexOf('(') >= 0 || text.IndexOf('（') >= 0)
        {
            text = RomanisationRegex().Replace(text, string.Empty);
        }

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var simplified = c >= FirstIdeograph && c <= LastIdeograph ? SimplifiedByIdeograph[c - FirstIdeograph] : '\0';
            if (simplified != '\0')
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(simplified);
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>The traditional characters of the built-in table and their simplified forms (for tests and tooling).</summary>
    /// <returns>The pairs.</returns>
    internal static IEnumerable<KeyValuePair<char, char>> TraditionalTable() => TraditionalToSimplified;

    private static char[] BuildDenseTable()
    {
        var table = new char[LastIdeograph - FirstIdeograph + 1];
        foreach (var (traditional, simplified) in TraditionalToSimplified)
        {
            if (traditional >= FirstIdeograph && traditional <= LastIdeograph)
            {
                table[traditional - FirstIdeograph] = simplified;
            }
        }

        return table;
    }

    private static FrozenDictionary<char, char> BuildTraditionalTable()
    {
        var table = new Dictionary<char, char>();
        foreach (var token in TraditionalPairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length == 2 && token[0] != token[1])
            {
                table.TryAdd(token[0], token[1]);
            }
        }

        return table.ToFrozenDictionary();
    }

    [GeneratedRegex(@"\[bookmark:[^\]]{0,80}\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BookmarkRegex();

    // Pinyin with tone marks in parentheses right after an ideograph: 區(qū), 機關(guān).
    [GeneratedRegex(@"(?<=[\u3400-\u9FFF])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex RomanisationRegex();
}
