using System.Collections.Frozen;

namespace Cordon.Matching.Korean;

/// <summary>
/// Korean (Sino-Korean) readings of the Chinese characters used in Korean names: the common surnames and the
/// characters most used in given names, in traditional and simplified forms. AnyAscii reads Han characters as
/// Mandarin (金正恩 → JinZhengEn); a Korean written in Hanja is known by the Korean reading (Kim Jong Un), so both
/// readings are produced and the comparison takes the better. Readings are in Revised Romanisation; the phonetic key
/// makes them agree with other spellings. Where the initial sound law gives two readings (李 Ri/I) both are listed.
/// </summary>
internal static class HanjaReadings
{
    // Entry format: one character followed by its readings separated by '/'. Entries are separated by spaces.
    // Surnames first, then given-name characters grouped roughly by reading.
    private const string Table =
        "金gim/geum 李ri/i 朴bak 崔choe 鄭jeong 郑jeong 姜gang 趙jo 赵jo 尹yun 張jang 张jang 林rim/im 韓han 韩han 吳o 吴o " +
        "徐seo 申sin 權gwon 权gwon 黃hwang 黄hwang 安an 宋song 柳ryu/yu 全jeon 洪hong 高go 文mun 梁ryang/yang 孫son 孙son " +
        "裵bae 裴bae 白baek 曺jo 曹jo 許heo 许heo 劉ryu/yu 刘ryu/yu 南nam 沈sim 盧ro/no 卢ro/no 丁jeong 河ha 郭gwak 成seong " +
        "車cha 车cha 朱ju 禹u 具gu 辛sin 任im 田jeon 閔min 闵min 兪yu 俞yu 羅ra/na 罗ra/na 陳jin 陈jin 池ji 嚴eom 严eom 元won " +
        "蔡chae 千cheon 方bang 孔gong 康gang 玄hyeon 咸ham 卞byeon 廉ryeom/yeom 楊yang 杨yang 邊byeon 边byeon 呂ryeo/yeo 吕ryeo/yeo " +
        "秋chu 魯ro/no 鲁ro/no 都do 蘇so 苏so 愼sin 慎sin 石seok 宣seon 薛seol 馬ma 马ma 吉gil 周ju 延yeon 房bang 魏wi 表pyo " +
        "明myeong 奇gi 潘ban 王wang 琴geum 玉ok 陸ryuk/yuk 陆ryuk/yuk 印in 孟maeng 諸je 诸je 牟mo 蔣jang 蒋jang 卓tak 鞠guk " +
        "余yeo 晋jin 晉jin 殷eun 片pyeon 龍ryong/yong 龙ryong/yong 芮ye 慶gyeong 庆gyeong 奉bong 史sa 夫bu 程jeong 景gyeong " +
        "太tae 睦mok 桂gye 邢hyeong 杜du 智ji 甘gam 陰eum 董dong 溫on 温on 昔seok 章jang 扈ho 弓gung 于u 左jwa 國guk 国guk " +
        "宮gung 宫gung 皇hwang 甫bo 南宮namgung 諸葛jegal 鮮seon 鲜seon 東dong 东dong 西seo 鄧deung 邓deung 葉yeop 叶yeop " +
        // Given-name characters.
        "正jeong 恩eun 日il 一il 壹il 逸il 溢il 哲cheol 喆cheol 徹cheol 彻cheol 澈cheol 鐵cheol 铁cheol 鉄cheol 男nam 楠nam " +
        "浩ho 鎬ho 镐ho 虎ho 好ho 昊ho 晧ho 皓ho 湖ho 豪ho 護ho 护ho 戶ho 户ho 胡ho 祜ho 英yeong 永yeong 榮yeong 荣yeong " +
        "泳yeong 映yeong 暎yeong 瑛yeong 營yeong 营yeong 迎yeong 影yeong 穎yeong 颖yeong 寧nyeong/yeong 宁nyeong/yeong " +
        "勇yong 容yong 用yong 溶yong 鎔yong 熔yong 庸yong 涌yong 湧yong 光gwang 廣gwang 广gwang 珖gwang 民min 敏min 旻min " +
        "珉min 玟min 旼min 岷min 秀su 洙su 壽su 寿su 守su 水su 修su 受su 首su 樹su 树su 須su 须su 粹su 殊su 銖su 賢hyeon " +
        "贤hyeon 炫hyeon 鉉hyeon 铉hyeon 顯hyeon 显hyeon 峴hyeon 縣hyeon 县hyeon 懸hyeon 絃hyeon 俊jun 準jun 准jun 峻jun 浚jun " +
        "駿jun 骏jun 埈jun 濬jun 晙jun 遵jun 隼jun 鎭jin 鎮jin 镇jin 振jin 珍jin 眞jin 真jin 進jin 进jin 辰jin/sin 津jin 秦jin " +
        "軫jin 璡jin 柱ju 株ju 州ju 洲ju 珠ju 宙ju 注ju 駐ju 驻ju 主ju 宇u 雨u 佑u 祐u 友u 又u 右u 羽u 優u 优u 熙hui 喜hui " +
        "希hui 姬hui 姫hui 禧hui 熹hui 羲hui 稀hui 淑suk 肅suk 肃suk 叔suk 宿suk 順sun 顺sun 淳sun 純sun 纯sun 舜sun 珣sun " +
        "洵sun 詢sun 旬sun 巡sun 美mi 未mi 米mi 微mi 眉mi 薇mi 善seon 仙seon 先seon 璇seon 旋seon 禪seon 選seon 选seon " +
        "星seong 聖seong 圣seong 誠seong 诚seong 盛seong 城seong 性seong 省seong 晟seong 聲seong 声seong 姓seong 松song " +
        "頌song 颂song 送song 誦song 承seung 勝seung 胜seung 昇seung 升seung 乘seung 丞seung 僧seung 棟dong 栋dong 童dong " +
        "洞dong 同dong 銅dong 铜dong 桐dong 冬dong 大dae 代dae 臺dae 台tae/dae 對dae 对dae 泰tae 胎tae 在jae 載jae 载jae " +
        "再jae 宰jae 哉jae 才jae 材jae 財jae 财jae 齋jae 斋jae 渽jae 梓jae 斗du 頭du 头du 道do 度do 島do 岛do 到do 桃do " +
        "渡do 圖do 图do 陶do 導do 导do 燾do 基gi 起gi 紀gi 纪gi 琪gi 箕gi 麒gi 騏gi 驥gi 企gi 技gi 旗gi 氣gi 气gi 機gi " +
        "机gi 期gi 己gi 記gi 记gi 根geun 槿geun 近geun 勤geun 謹geun 瑾geun 錫seok 锡seok 碩seok 硕seok 奭seok 晳seok " +
        "夕seok 植sik 湜sik 軾sik 式sik 識sik 识sik 赫hyeok 革hyeok 爀hyeok 亨hyeong 炯hyeong 馨hyeong 衡hyeong 兄hyeong " +
        "螢hyeong 型hyeong 志ji 知ji 芝ji 址ji 枝ji 之ji 持ji 至ji 地ji 允yun 潤yun 润yun 倫ryun/yun 伦ryun/yun 胤yun " +
        "閏yun 闰yun 鈗yun 源won 原won 遠won 远won 媛won 苑won 園won 园won 院won 願won 愿won 圓won 圆won 垣won 援won " +
        "完wan 玩wan 萬man 万man 滿man 满man 晩man 晚man 漢han 汉han 翰han 寒han 閑han 閒han 海hae 孩hae 解hae 亥hae " +
        "慧hye 惠hye 蕙hye 彗hye 憲heon 宪heon 獻heon 献heon 軒heon 轩heon 弘hong 紅hong 红hong 鴻hong 鸿hong 泓hong " +
        "虹hong 和hwa 華hwa 华hwa 花hwa 化hwa 火hwa 話hwa 话hwa 貨hwa 货hwa 畵hwa 画hwa 輝hwi 辉hwi 煇hwi 揮hwi 挥hwi " +
        "徽hwi 興heung 兴heung 欽heum 钦heum 欣heun 勳hun 勋hun 薰hun 熏hun 訓hun 训hun 焄hun 學hak 学hak 鶴hak 鹤hak " +
        "夏ha 賀ha 贺ha 荷ha 何ha 下ha 環hwan 环hwan 煥hwan 焕hwan 桓hwan 歡hwan 欢hwan 還hwan 还hwan 煌hwang 滉hwang " +
        "晃hwang 會hoe 会hoe 回hoe 懷hoe 怀hoe 孝hyo 曉hyo 晓hyo 效hyo 後hu 后hu 厚hu 侯hu 候hu 雄ung 熊ung 應eung 应eung " +
        "鷹eung 鹰eung 銀eun 银eun 隱eun 隐eun 垠eun 誾eun 乙eul 音eum 吟eum 阴eum 邑eup 義ui 义ui 宜ui 儀ui 仪ui 毅ui " +
        "意ui 衣ui 醫ui 医ui 依ui 益ik 翼ik 翊ik 仁in 寅in 人in 因in 忍in 入ip 子ja 慈ja 自ja 字ja 姿ja 者ja 資ja 资ja " +
        "滋ja 紫ja 作jak 雀jak 爵jak 長jang 长jang 將jang 将jang 壯jang 壮jang 莊jang 庄jang 場jang 场jang 藏jang 裝jang " +
        "装jang 獎jang 奖jang 貞jeong 贞jeong 廷jeong 庭jeong 政jeong 定jeong 晶jeong 禎jeong 祯jeong 楨jeong 靜jeong " +
        "静jeong 精jeong 鼎jeong 井jeong 汀jeong 挺jeong 亭jeong 情jeong 淨jeong 呈jeong 征jeong 整jeong 典jeon 錢jeon " +
        "钱jeon 傳jeon 传jeon 前jeon 殿jeon 展jeon 電jeon 电jeon 銓jeon 節jeol 节jeol 絶jeol 點jeom 点jeom 帝je 濟je 济je " +
        "弟je 第je 堤je 提je 齊je 齐je 制je 題je 题je 際je 际je 兆jo 祖jo 朝jo 照jo 助jo 造jo 早jo 調jo 调jo 組jo 组jo " +
        "操jo 潮jo 族jok 存jon 尊jon 宗jong 鍾jong 钟jong 鐘jong 終jong 终jong 種jong 种jong 琮jong 倧jong 從jong 从jong " +
        "綜jong 综jong 佐jwa 竹juk 中jung 重jung 仲jung 衆jung 众jung 卽jeuk 即jeuk 曾jeung 增jeung 證jeung 证jeung 直jik " +
        "職jik 职jik 稙jik 質jil 质jil 執jip 执jip 集jip 澄jing 徵jing 次cha 贊chan 赞chan 燦chan 灿chan 讚chan 粲chan " +
        "察chal 參cham 参cham 昌chang 倉chang 仓chang 唱chang 彰chang 暢chang 畅chang 蒼chang 苍chang 滄chang 沧chang " +
        "昶chang 創chang 创chang 采chae 彩chae 菜chae 策chaek 冊chaek 册chaek 處cheo 处cheo 尺cheok 拓cheok 天cheon " +
        "泉cheon 川cheon 淺cheon 浅cheon 靑cheong 青cheong 淸cheong 清cheong 晴cheong 聽cheong 听cheong 體che 体che " +
        "初cho 草cho 超cho 楚cho 礎cho 础cho 肖cho 村chon 總chong 总chong 聰chong 聪chong 最choe 樞chu 枢chu 追chu 推chu " +
        "祝chuk 築chuk 筑chuk 春chun 椿chun 出chul 忠chung 充chung 冲chung 衝chung 沖chung 崇sung 嵩sung 萃chwi 就chwi " +
        "翠chwi 聚chwi 層cheung 层cheung 致chi 治chi 稚chi 則chik 则chik 親chin 亲chin 七chil 漆chil 針chim 针chim " +
        "快kwae 鐸tak 铎tak 炭tan 誕tan 诞tan 塔tap 湯tang 汤tang 宅taek 澤taek 泽taek 擇taek 择taek 土to 通tong 統tong " +
        "统tong 特teuk 判pan 八pal 覇pae 霸pae 貝pae 贝pae 彭paeng 澎paeng 便pyeon 篇pyeon 平pyeong 坪pyeong 評pyeong " +
        "评pyeong 萍pyeong 布po 浦po 包po 鮑po 鲍po 杓pyo 標pyo 标pyo 豊pung 豐pung 丰pung 風pung 风pung 楓pung 枫pung " +
        "皮pi 必pil 弼pil 畢pil 毕pil 筆pil 笔pil 甲gap 剛gang 刚gang 江gang 強gang 强gang 岡gang 冈gang 鋼gang 钢gang " +
        "開gae 开gae 介gae 巨geo 居geo 擧geo 举geo 建geon 健geon 乾geon 坤gon 傑geol 杰geol 劍geom 剑geom 格gyeok " +
        "堅gyeon 坚gyeon 見gyeon 见gyeon 結gyeol 结gyeol 潔gyeol 洁gyeol 京gyeong 敬gyeong 卿gyeong 炅gyeong 璟gyeong " +
        "鏡gyeong 镜gyeong 經gyeong 经gyeong 耕gyeong 瓊gyeong 琼gyeong 競gyeong 竞gyeong 啓gye 启gye 季gye 溪gye 界gye " +
        "繼gye 继gye 古go 固go 谷gok 公gong 功gong 共gong 恭gong 貢gong 贡gong 果gwa 科gwa 官gwan 寬gwan 宽gwan 冠gwan " +
        "觀gwan 观gwan 館gwan 馆gwan 關gwan 关gwan 琯gwan 管gwan 敎gyo 教gyo 校gyo 橋gyo 桥gyo 交gyo 九gu 求gu 久gu " +
        "救gu 球gu 龜gu 玖gu 菊guk 君gun 軍gun 军gun 群gun 郡gun 勸gwon 劝gwon 貴gwi 贵gwi 圭gyu 奎gyu 珪gyu 揆gyu 規gyu " +
        "规gyu 均gyun 鈞gyun 钧gyun 極geuk 极geuk 克geuk 今geum 錦geum 锦geum 級geup 级geup 肯geung 兢geung 那na 娜na " +
        "樂rak/ak 乐rak/ak 洛rak 蘭ran 兰ran 楠nam 藍ram/nam 蓝ram/nam 納nap 纳nap 乃nae 內nae 内nae 奈nae 女nyeo 年nyeon " +
        "路ro 露ro 老ro 祿rok 禄rok 綠rok 绿rok 論ron 论ron 雷roe 能neung 尼ni 多da 茶da 丹dan 端dan 檀dan 團dan 团dan " +
        "達dal 达dal 潭dam 淡dam 譚dam 谭dam 唐dang 堂dang 棠dang 當dang 当dang 德deok 徳deok 悳deok 惪deok 敦don 燉don " +
        "惇don 頓don 顿don 得deuk 登deung 燈deung 灯deung 騰deung 藤deung 等deung 良ryang/yang 亮ryang/yang 麗ryeo/yeo " +
        "丽ryeo/yeo 力ryeok/yeok 歷ryeok/yeok 历ryeok/yeok 連ryeon/yeon 连ryeon/yeon 蓮ryeon/yeon 莲ryeon/yeon " +
        "練ryeon/yeon 练ryeon/yeon 烈ryeol/yeol 列ryeol/yeol 玲ryeong/yeong 鈴ryeong/yeong 铃ryeong/yeong 齡ryeong/yeong " +
        "龄ryeong/yeong 領ryeong/yeong 领ryeong/yeong 嶺ryeong/yeong 岭ryeong/yeong 令ryeong/yeong 靈ryeong/yeong " +
        "灵ryeong/yeong 禮rye/ye 礼rye/ye 例rye/ye 了ryo/yo 隆ryung/yung 六ryuk/yuk 流ryu/yu 留ryu/yu 輪ryun/yun 轮ryun/yun " +
        "律ryul/yul 栗ryul/yul 率ryul/yul 利ri/i 里ri/i 理ri/i 梨ri/i 璃ri/i 莉ri/i 琳rim/im 臨rim/im 临rim/im 立rip/ip " +
        "笠rip/ip 麻ma 末mal 望mang 梅mae 邁mae 迈mae 盟maeng 猛maeng 面myeon 綿myeon 绵myeon 勉myeon 冕myeon 命myeong " +
        "鳴myeong 鸣myeong 銘myeong 铭myeong 模mo 慕mo 謨mo 木mok 牧mok 穆mok 夢mong 梦mong 蒙mong 妙myo 苗myo 茂mu " +
        "武mu 務mu 务mu 舞mu 無mu 无mu 汶mun 紋mun 纹mun 聞mun 闻mun 門mun 门mun 物mul 密mil 蜜mil 博bak 泊bak 半ban " +
        "班ban 盤ban 磐ban 發bal 发bal 渤bal 芳bang 邦bang 訪bang 放bang 培bae 配bae 百baek 柏baek 伯baek 栢baek 範beom " +
        "范beom 凡beom 汎beom 法beop 碧byeok 璧byeok 壁byeok 炳byeong 秉byeong 丙byeong 柄byeong 兵byeong 昞byeong " +
        "寶bo 宝bo 普bo 輔bo 辅bo 保bo 報bo 报bo 步bo 補bo 补bo 福bok 馥bok 復bok 复bok 本bon 鳳bong 凤bong 峯bong 峰bong " +
        "逢bong 琫bong 蓬bong 富bu 扶bu 府bu 部bu 傅bu 北buk 分bun 芬bun 佛bul 朋bung 鵬bung 鹏bung 比bi 飛bi 飞bi 妃bi " +
        "丕bi 斌bin 彬bin 賓bin 宾bin 濱bin 滨bin 冰bing 氷bing 四sa 士sa 思sa 師sa 师sa 仕sa 事sa 社sa 沙sa 山san 珊san " +
        "三sam 森sam 杉sam 常sang 尙sang 尚sang 相sang 祥sang 商sang 上sang 翔sang 象sang 想sang 瑞seo 書seo 书seo 舒seo " +
        "緖seo 緒seo 绪seo 序seo 敍seo 曙seo 恕seo 雪seol 說seol 说seol 設seol 设seol 燮seop 涉seop 攝seop 世se 細se 细se " +
        "洗se 歲se 岁se 勢se 势se 小so 少so 素so 昭so 韶so 笑so 紹so 绍so 召so 遜son 述sul 術sul 术sul 瑟seul 習seup " +
        "习seup 時si 时si 詩si 诗si 始si 市si 是si 施si 示si 視si 视si 信sin 新sin 神sin 身sin 臣sin 晨sin 伸sin 實sil " +
        "实sil 室sil 心sim 深sim 審sim 审sim 十sip 雙ssang 双ssang 雅a 亞a 亚a 阿a 兒a 儿a 岳ak 晏an 岸an 顔an 颜an 巖am " +
        "岩am 仰ang 央ang 愛ae 爱ae 艾ae 野ya 夜ya 若yak 約yak 约yak 陽yang 阳yang 洋yang 揚yang 扬yang 羊yang 養yang " +
        "养yang 讓yang 让yang 於eo 漁eo 魚eo 鱼eo 御eo 語eo 语eo 彦eon 彥eon 言eon 業eop 业eop 如yeo 汝yeo 與yeo 与yeo " +
        "黎yeo 亦yeok 易yeok/i 域yeok 淵yeon 渊yeon 然yeon 燕yeon 硏yeon 研yeon 緣yeon 缘yeon 姸yeon 娟yeon 悅yeol 悦yeol " +
        "熱yeol 热yeol 炎yeom 燁yeop 烨yeop 藝ye 艺ye 叡ye 睿ye 譽ye 誉ye 預ye 预ye 五o 午o 吾o 悟o 梧o 烏o 乌o 沃ok " +
        "鈺ok 钰ok 穩on 稳on 瓮ong 翁ong 雍ong 旺wang 往wang 汪wang 外oe 要yo 堯yo 尧yo 曜yo 耀yo 瑤yo 瑶yo 遙yo 遥yo " +
        "姚yo 浴yok 郁uk 旭uk 昱uk 煜uk 頊uk 云un 雲un 运un 運un 芸un 耘un 韻un 韵un 蔚ul 鬱ul 郁ul 月wol 越wol 位wi " +
        "偉wi 伟wi 衛wi 卫wi 威wi 韋wi 韦wi 有yu 由yu 柔yu 裕yu 維yu 维yu 儒yu 唯yu 惟yu 悠yu 愈yu 遊yu 游yu 幼yu 育yuk " +
        "融yung 戎yung 伊i 以i 二i 已i 怡i 異i 异i 夷i 妊im 次cha 哈ha 咸ham 涵ham 含ham 恒hang 恆hang 項hang 项hang " +
        "杭hang 港hang 航hang 行haeng 幸haeng 杏haeng 香hyang 鄕hyang 乡hyang 向hyang 享hyang 響hyang 响hyang 虛heo " +
        "虚heo 協hyeop 协hyeop 混hon 魂hon 確hwak 确hwak 活hwal 獲hoek 获hoek 劃hoek 横hoeng 橫hoeng 休hyu 烋hyu 黑heuk " +
        "合hap 閔min 旲tae 沅won 鉉hyeon 爲wi 为wi 菁cheong 蘂ye 昌chang 錫seok 範beom 勛hun 燮seop 璇seon 炅gyeong";

    private static readonly FrozenDictionary<string, string[]> Readings = Build();

    /// <summary>The Korean readings of one Han character (a string holding one Unicode scalar), or null when unknown.</summary>
    public static string[]? Of(string hanCharacter) => Readings.GetValueOrDefault(hanCharacter);

    /// <summary>Number of characters in the table (surname and given-name characters, both scripts).</summary>
    public static int Count => Readings.Count;

    private static FrozenDictionary<string, string[]> Build()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in Table.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var split = 0;
            while (split < entry.Length && !char.IsAsciiLetterLower(entry[split]))
            {
                split++;
            }

            var key = entry[..split];
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            foreach (var reading in entry[split..].Split('/'))
            {
                if (!list.Contains(reading))
                {
                    list.Add(reading);
                }
            }
        }

        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
