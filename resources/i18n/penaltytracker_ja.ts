<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../penaltytracker/ui/app.py" line="83"/>
        <source>Open store</source>
        <translation>データファイルを開く</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/app.py" line="84"/>
        <source>PenaltyTracker store (*.sqlite3 *.db);;All files (*)</source>
        <translation>PenaltyTracker データファイル (*.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/app.py" line="105"/>
        <source>Cannot read the rule set</source>
        <translation>ルールファイルを読み込めません</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../penaltytracker/ui/charts_page.py" line="63"/>
        <source>Year:</source>
        <translation>年：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/charts_page.py" line="88"/>
        <source>Could not draw the charts</source>
        <translation>グラフを描けませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/charts_page.py" line="98"/>
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/charts_page.py" line="106"/>
        <source>Choose a shop to see its charts.</source>
        <translation>店舗を選ぶとグラフが表示されます。</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="16"/>
        <source>Delete violation {id} ({day}, {points} points, {shop})?</source>
        <translation>違反 {id}（{day}、{points} 点、{shop}）を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="20"/>
        <source>Delete these {n} violations?</source>
        <translation>選択した違反 {n} 件を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="21"/>
        <source>Delete violations</source>
        <translation>違反の削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="24"/>
        <source>Ctrl+Z (Edit → Undo) brings them back. To keep one but stop its points, withdraw it instead.</source>
        <translation>削除しても Ctrl+Z（編集 → 元に戻す）で元に戻せます。記録を残したまま点数だけ数えないようにするには、削除ではなく「取り消し」にしてください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="26"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="57"/>
        <source>New shop?</source>
        <translation>新しい店舗ですか？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="62"/>
        <source>There is no shop “{shop}”. Did you mean “{close}”?</source>
        <translation>「{shop}」という店舗はありません。「{close}」のことですか？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="64"/>
        <source>Use “{close}”</source>
        <translation>「{close}」にする</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="68"/>
        <source>There is no shop “{shop}” yet.</source>
        <translation>「{shop}」という店舗はまだありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="69"/>
        <source>Saving adds “{shop}” as a new shop.</source>
        <translation>このまま保存すると「{shop}」を新しい店舗として追加します。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="71"/>
        <source>Add the new shop “{shop}”</source>
        <translation>新しい店舗「{shop}」を追加</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="175"/>
        <source>Could not read the shop&apos;s status</source>
        <translation>店舗の状況を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="180"/>
        <source>Violation level</source>
        <translation>違反レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="181"/>
        <source>Points this year</source>
        <translation>年間累積違反点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="182"/>
        <source>Penalty fees this year</source>
        <translation>今年の違約金</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="183"/>
        <source>Sanctions in force</source>
        <translation>適用中の制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="184"/>
        <source>No sanctions are in force.</source>
        <translation>適用中の制裁はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="185"/>
        <source>Latest violations</source>
        <translation>最近の違反</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="186"/>
        <source>Sanction</source>
        <translation>制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="186"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="186"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="186"/>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="187"/>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="188"/>
        <source>Points date</source>
        <translation>加点日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="188"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="188"/>
        <source>Category</source>
        <translation>違反区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="189"/>
        <source>Title</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="189"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="193"/>
        <source>The highest level ({level}) has been reached.</source>
        <translation>最高レベル（{level}）に達しています。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="194"/>
        <source>{n} points left before level {level}</source>
        <translation>あと {n} 点でレベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="204"/>
        <source>Level {level}</source>
        <translation>レベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="208"/>
        <source>No level</source>
        <translation>レベルなし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="208"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="209"/>
        <source>No level has been reached this year.</source>
        <translation>今年はまだどのレベルにも達していません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="211"/>
        <source>Points in {year}</source>
        <translation>{year}年の累積違反点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="212"/>
        <source>{points} points</source>
        <translation>{points} 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="219"/>
        <source>{points} / {threshold} points</source>
        <translation>{points} / {threshold} 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="232"/>
        <source>Levels reached this year: {levels}</source>
        <translation>今年到達したレベル：{levels}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="244"/>
        <source>Level {level} reached: contact Rakuten and review every listing now.</source>
        <translation>レベル {level} に達しています。楽天に連絡し、すべての商品ページを至急見直してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="248"/>
        <source>Warning: only {n} points left before level {level} ({threshold} points).</source>
        <translation>注意：あと {n} 点でレベル {level}（{threshold} 点）に達します。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="255"/>
        <source>{n} days</source>
        <translation>{n} 日</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../penaltytracker/ui/widgets.py" line="182"/>
        <source>Dates as 2026-03-02, 2026/03/02, 2026/3/2 or 20260302 (full-width digits too)</source>
        <translation>日付は 2026-03-02、2026/03/02、2026/3/2、20260302 のどれでも入力できます（全角数字も可）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/widgets.py" line="225"/>
        <source>No such date: “{text}”</source>
        <translation>存在しない日付です：「{text}」</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/widgets.py" line="226"/>
        <source>Not a date: “{text}” (e.g. 2026/3/2)</source>
        <translation>日付として読めません：「{text}」（例：2026/3/2）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="324"/>
        <source>Import orders</source>
        <translation>注文データのインポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="332"/>
        <source>Choose file…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="336"/>
        <source>Shop the file belongs to (RMS exports have no shop column)</source>
        <translation>このファイルの店舗（RMSの出力には店舗列がありません）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="342"/>
        <source>Order CSV</source>
        <translation>注文CSV</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="343"/>
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="374"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="382"/>
        <source>Which column holds what (preselected from the file&apos;s headers):</source>
        <translation>どの列に何が入っているか（見出しから自動選択）：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="385"/>
        <source>First rows of the file:</source>
        <translation>ファイルの先頭行：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="393"/>
        <source>Shop (店舗)</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="393"/>
        <source>Order number (受注番号)</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="394"/>
        <source>Promised ship date (出荷予定日)</source>
        <translation>出荷予定日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="395"/>
        <source>Shipped on (出荷日)</source>
        <translation>出荷日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="395"/>
        <source>Order date (注文日)</source>
        <translation>注文日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="396"/>
        <source>Carrier (配送業者)</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="396"/>
        <source>Cause (遅延理由)</source>
        <translation>遅延理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="397"/>
        <source>Customer contacted</source>
        <translation>お客様への連絡</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="397"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="401"/>
        <source>Choose an order CSV</source>
        <translation>注文CSVを選ぶ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="402"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="423"/>
        <source>(not in the file)</source>
        <translation>（ファイルにない）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="481"/>
        <source>{added} shipment(s) added, {updated} updated.</source>
        <translation>{added} 件を追加、{updated} 件を更新しました。</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../penaltytracker/ui/i18n.py" line="80"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/i18n.py" line="81"/>
        <source>Level {level}</source>
        <translation>レベル {level}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="302"/>
        <source>Store: {location}</source>
        <translation>データファイル：{location}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="314"/>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="334"/>
        <source>Could not read the shops</source>
        <translation>店舗を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="257"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="341"/>
        <source>All shops (overview)</source>
        <translation>すべての店舗（一覧）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="255"/>
        <source>Shop: </source>
        <translation>店舗：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="258"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="363"/>
        <source>All shops</source>
        <translation>全店舗一覧</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="258"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="363"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="259"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="286"/>
        <source>Violation log</source>
        <translation>違反履歴</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="260"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="287"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="261"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="287"/>
        <source>What-if</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="262"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="287"/>
        <source>Shipping</source>
        <translation>出荷</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="263"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="288"/>
        <source>Weekly review</source>
        <translation>週次レビュー</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="264"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="265"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="266"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="267"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="268"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="269"/>
        <source>&amp;New store…</source>
        <translation>新しいデータファイル(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="270"/>
        <source>&amp;Open store…</source>
        <translation>データファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="271"/>
        <source>&amp;Import violations CSV…</source>
        <translation>違反CSVをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="272"/>
        <source>&amp;Export violations CSV…</source>
        <translation>違反CSVをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="273"/>
        <source>Export &amp;PDF report…</source>
        <translation>PDFレポートを書き出す(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="274"/>
        <source>&amp;Restore a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="275"/>
        <source>Change &amp;history…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="276"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="277"/>
        <source>&amp;New violation…</source>
        <translation>違反を追加(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="278"/>
        <source>New violation</source>
        <translation>違反の追加</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="279"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="280"/>
        <source>&amp;Edit violation…</source>
        <translation>違反を編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="281"/>
        <source>&amp;Withdraw / restore</source>
        <translation>取り消し／取り消しを戻す(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="282"/>
        <source>&amp;Delete violation</source>
        <translation>違反を削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="283"/>
        <source>&amp;Filter the log</source>
        <translation>履歴を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="284"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="285"/>
        <source>&amp;Warning margin…</source>
        <translation>警告の余裕点数(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="286"/>
        <source>All shops / dashboard</source>
        <translation>全店舗一覧／ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="290"/>
        <source>&amp;About PenaltyTracker</source>
        <translation>PenaltyTracker について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="291"/>
        <source>&amp;Shops</source>
        <translation>店舗(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="292"/>
        <source>&amp;Manage shops (add, rename, merge, remove)…</source>
        <translation>店舗の管理（追加・名前の変更・統合・削除）(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="293"/>
        <source>Open the &amp;demo data file</source>
        <translation>デモ用データファイルを開く(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="20"/>
        <source>&amp;Undo “{what}”</source>
        <translation>「{what}」を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="21"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="22"/>
        <source>&amp;Redo “{what}”</source>
        <translation>「{what}」をやり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="23"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="411"/>
        <source>Add violation</source>
        <translation>違反の追加</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="412"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="431"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="448"/>
        <source>Could not save the violation</source>
        <translation>違反を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="413"/>
        <source>Saved the violation “{title}” ({shop}, {points} points). Ctrl+Z undoes it.</source>
        <translation>違反「{title}」（{shop}、{points} 点）を保存しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="31"/>
        <source>Undone: {what}. Ctrl+Shift+Z redoes it.</source>
        <translation>「{what}」を元に戻しました。Ctrl+Shift+Z でやり直せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="470"/>
        <source>Deleted {n} violation(s). Ctrl+Z undoes it.</source>
        <translation>違反 {n} 件を削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="561"/>
        <source>Imported {n} violation(s) from {file}.</source>
        <translation>{file} から違反 {n} 件を取り込みました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="431"/>
        <source>Edit violation</source>
        <translation>違反の編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="432"/>
        <source>Saved the changes to violation {id}. Ctrl+Z undoes them.</source>
        <translation>違反 {id} の変更を保存しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="440"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="456"/>
        <source>Could not open the violation</source>
        <translation>違反を開けませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="446"/>
        <source>Withdraw violation</source>
        <translation>違反の取り消し</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="446"/>
        <source>Restore violation</source>
        <translation>取り消しを戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="449"/>
        <source>Violation {id} withdrawn: its points no longer count. Ctrl+Z undoes it.</source>
        <translation>違反 {id} を取り消しにしました（点数は数えません）。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="451"/>
        <source>Violation {id} counts again. Ctrl+Z undoes it.</source>
        <translation>違反 {id} の取り消しを戻しました（点数を数えます）。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="468"/>
        <source>Delete violation</source>
        <translation>違反の削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="468"/>
        <source>Delete {n} violations</source>
        <translation>{n} 件の違反の削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="469"/>
        <source>Could not delete</source>
        <translation>削除できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="496"/>
        <source>PenaltyTracker store (*.sqlite3 *.db);;All files (*)</source>
        <translation>PenaltyTracker データファイル (*.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="499"/>
        <source>New store</source>
        <translation>新しいデータファイル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="506"/>
        <source>Open store</source>
        <translation>データファイルを開く</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="514"/>
        <source>Opened {location}</source>
        <translation>{location} を開きました</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="69"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="516"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="539"/>
        <source>Could not open the store</source>
        <translation>データファイルを開けませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="70"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="517"/>
        <source>Opening the store…</source>
        <translation>データファイルを開いています…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="524"/>
        <source>Could not back up the store</source>
        <translation>データファイルをバックアップできませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="542"/>
        <source>The store was restored from a backup.</source>
        <translation>バックアップからデータファイルを復元しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="546"/>
        <source>Import violations CSV</source>
        <translation>違反CSVのインポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="547"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="563"/>
        <source>Nothing was imported</source>
        <translation>インポートしませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="564"/>
        <source>Importing {file}…</source>
        <translation>{file} をインポートしています…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="569"/>
        <source>Export violations CSV</source>
        <translation>違反CSVのエクスポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="570"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="580"/>
        <source>Exported {n} violation(s) to {file}.</source>
        <translation>{n} 件の違反を {file} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="583"/>
        <source>Could not export</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="583"/>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="64"/>
        <source>Opened the demo data file (three example shops). File → Open data file… goes back to your own; the next start opens it too.</source>
        <translation>デモ用データファイル（例の店舗 3 つ）を開きました。自分のデータファイルには「ファイル → データファイルを開く」で戻れます。次回の起動時も自分のデータファイルが開きます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="593"/>
        <source>Warning margin</source>
        <translation>警告の余裕点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="594"/>
        <source>Warn when a shop is this many points or fewer from the next level:</source>
        <translation>次のレベルまでの残りがこの点数以下になったら警告する：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="618"/>
        <source>&lt;h3&gt;PenaltyTracker {version}&lt;/h3&gt;&lt;p&gt;A shop operator&apos;s own record of Rakuten Ichiba violation points.&lt;/p&gt;&lt;p&gt;Rule set: {rules}&lt;br&gt;Version {rules_version}, effective {effective}&lt;/p&gt;&lt;p&gt;Store: {store}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PenaltyTracker {version}&lt;/h3&gt;&lt;p&gt;楽天市場の違反点数を店舗運営者が自分で記録・管理するためのアプリです。&lt;/p&gt;&lt;p&gt;ルール：{rules}&lt;br&gt;バージョン {rules_version}（{effective} 施行）&lt;/p&gt;&lt;p&gt;データファイル：{store}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="625"/>
        <source>About PenaltyTracker</source>
        <translation>PenaltyTracker について</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../penaltytracker/ui/ops.py" line="152"/>
        <source>Please wait</source>
        <translation>お待ちください</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/ops.py" line="165"/>
        <source>Unexpected error ({kind}): {message}</source>
        <translation>予期しないエラー（{kind}）：{message}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/ops.py" line="171"/>
        <source>The operation failed</source>
        <translation>処理に失敗しました</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="43"/>
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="43"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="43"/>
        <source>Points this year</source>
        <translation>年間累積違反点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="43"/>
        <source>Next level</source>
        <translation>次のレベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="44"/>
        <source>Points left</source>
        <translation>残り点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="52"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="128"/>
        <source>All shops</source>
        <translation>全店舗一覧</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="129"/>
        <source>This year&apos;s points of every shop, worst first. Double-click a shop to open its dashboard.</source>
        <translation>全店舗の今年の累積違反点数（点数の多い順）。店舗をダブルクリックするとダッシュボードを開きます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="146"/>
        <source>Could not read the shops</source>
        <translation>店舗を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="155"/>
        <source>Edit shipment</source>
        <translation>出荷の編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="155"/>
        <source>New delay incident</source>
        <translation>発送遅延の記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="165"/>
        <source>Not shipped yet</source>
        <translation>未出荷</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="170"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="176"/>
        <source>The customer was told about the delay</source>
        <translation>お客様に遅延を連絡した</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="207"/>
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="208"/>
        <source>Order number (受注番号) *</source>
        <translation>受注番号 *</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="209"/>
        <source>Promised ship date (出荷予定日) *</source>
        <translation>出荷予定日 *</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="210"/>
        <source>Shipped on (出荷日)</source>
        <translation>出荷日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="211"/>
        <source>Cause</source>
        <translation>遅延理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="212"/>
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="213"/>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="214"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="263"/>
        <source>Enter the order number.</source>
        <translation>受注番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="265"/>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="286"/>
        <source>At most {n} characters.</source>
        <translation>{n} 文字以内で入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="267"/>
        <source>This order is already in the log; edit it there.</source>
        <translation>この注文はすでに記録されています。記録を編集してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="272"/>
        <source>Enter the promised ship date.</source>
        <translation>出荷予定日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="278"/>
        <source>Enter the ship date, or tick “Not shipped yet”.</source>
        <translation>出荷日を入力するか、「未出荷」にチェックしてください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="280"/>
        <source>The ship date {day} is after today; tick “Not shipped yet” if it has not shipped.</source>
        <translation>出荷日 {day} は今日より後です。まだ出荷していない場合は「未出荷」にチェックしてください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="283"/>
        <source>The ship date is before the order date {day}.</source>
        <translation>出荷日が注文日 {day} より前です。</translation>
    </message>
</context>
<context>
    <name>ShipmentTableModel</name>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="81"/>
        <source>Could not read the shipments</source>
        <translation>出荷記録を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="92"/>
        <source>Order number</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="92"/>
        <source>Promised ship date</source>
        <translation>出荷予定日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="93"/>
        <source>Shipped on</source>
        <translation>出荷日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="93"/>
        <source>Days late</source>
        <translation>遅延日数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="93"/>
        <source>Cause</source>
        <translation>遅延理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="94"/>
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="94"/>
        <source>Customer contacted</source>
        <translation>お客様への連絡</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="95"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="95"/>
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="121"/>
        <source>Not shipped yet</source>
        <translation>未出荷</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="127"/>
        <source>No cause given</source>
        <translation>理由未記入</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="130"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
</context>
<context>
    <name>ShippingPage</name>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="642"/>
        <source>Could not read the shipments</source>
        <translation>出荷記録を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="646"/>
        <source>Choose a shop to see its on-time shipping rate.</source>
        <translation>店舗を選ぶと納期遵守率が表示されます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="647"/>
        <source>No shipments recorded for this shop yet.</source>
        <translation>この店舗の出荷記録はまだありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="666"/>
        <source>{start} to {end}</source>
        <translation>{start} 〜 {end}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="668"/>
        <source>On-time shipping ({span}): no shipments due.</source>
        <translation>納期遵守率（{span}）：対象の出荷はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="670"/>
        <source>On-time shipping ({span}): {rate} — {late} of {n} late; target {target}.</source>
        <translation>納期遵守率（{span}）：{rate} — {n} 件中 {late} 件が遅延、目標 {target}。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="673"/>
        <source>Not judged: fewer than {n} shipments.</source>
        <translation>出荷が {n} 件未満のため判定対象外です。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="674"/>
        <source>Target met.</source>
        <translation>目標を達成しています。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="674"/>
        <source>Below target.</source>
        <translation>目標を下回っています。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="678"/>
        <source>Order number, carrier or note</source>
        <translation>受注番号・配送業者・メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="679"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="681"/>
        <source>Cause:</source>
        <translation>遅延理由：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="682"/>
        <source>Late only</source>
        <translation>遅延のみ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="685"/>
        <source>All causes</source>
        <translation>すべての理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="688"/>
        <source>No cause given</source>
        <translation>理由未記入</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="691"/>
        <source>New delay incident…</source>
        <translation>発送遅延を記録…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="692"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="693"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="694"/>
        <source>Import orders…</source>
        <translation>注文データをインポート…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="699"/>
        <source>{count} shipment(s)</source>
        <translation>{count} 件の出荷</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="740"/>
        <source>Saved order {order} ({shop}).</source>
        <translation>受注 {order}（{shop}）を保存しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="742"/>
        <source>Could not save the shipment</source>
        <translation>出荷記録を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="748"/>
        <source>Delete shipment</source>
        <translation>出荷記録の削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="749"/>
        <source>Delete order {order} from the log?</source>
        <translation>受注番号 {order} を記録から削除しますか？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="759"/>
        <source>Deleted order {order} from the log.</source>
        <translation>受注 {order} を記録から削除しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="762"/>
        <source>Could not delete the shipment</source>
        <translation>出荷記録を削除できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="795"/>
        <source>Imported {n} order(s) from {file}: {added} added, {updated} updated.</source>
        <translation>{file} から受注 {n} 件を取り込みました（追加 {added} 件、更新 {updated} 件）。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="802"/>
        <source>Could not import the orders</source>
        <translation>注文データをインポートできませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="803"/>
        <source>Importing orders…</source>
        <translation>注文データをインポートしています…</translation>
    </message>
</context>
<context>
    <name>ShopsDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="108"/>
        <source>Manage shops</source>
        <translation>店舗の管理</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="109"/>
        <source>Shops in this data file</source>
        <translation>このデータファイルの店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="110"/>
        <source>&amp;Name:</source>
        <translation>店舗名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="111"/>
        <source>&amp;Add as a new shop</source>
        <translation>新しい店舗として追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="112"/>
        <source>Re&amp;name the selected shop</source>
        <translation>選択した店舗の名前を変更(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="113"/>
        <source>Merge &amp;into:</source>
        <translation>統合先(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="114"/>
        <source>&amp;Merge the selected shop into it</source>
        <translation>選択した店舗を統合先に統合(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="115"/>
        <source>&amp;Remove the selected shop (only when it holds no records)</source>
        <translation>選択した店舗を削除（記録がない場合のみ）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="123"/>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="158"/>
        <source>Could not read the shops</source>
        <translation>店舗を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="153"/>
        <source>Records of “{shop}”: {records}</source>
        <translation>「{shop}」の記録：{records}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="171"/>
        <source>Could not add the shop</source>
        <translation>店舗を追加できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="180"/>
        <source>Could not rename the shop</source>
        <translation>店舗の名前を変更できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="189"/>
        <source>Merge shops</source>
        <translation>店舗の統合</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="190"/>
        <source>Move every record of “{source}” to “{into}” and remove “{source}”?</source>
        <translation>「{source}」のすべての記録を「{into}」に移し、「{source}」を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="194"/>
        <source>Violations, shipments and weekly reviews all move. This cannot be undone with Ctrl+Z.</source>
        <translation>違反・出荷・週次レビューがすべて移ります。この操作は Ctrl+Z では元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="196"/>
        <source>Merge</source>
        <translation>統合する</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="206"/>
        <source>Could not merge the shops</source>
        <translation>店舗を統合できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="220"/>
        <source>Could not remove the shop</source>
        <translation>店舗を削除できませんでした</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../penaltytracker/ui/i18n.py" line="74"/>
        <source>Withdrawn</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/i18n.py" line="75"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="41"/>
        <source>Edit violation</source>
        <translation>違反の編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="41"/>
        <source>New violation</source>
        <translation>違反の追加</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="53"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="95"/>
        <source>Shop *</source>
        <translation>店舗 *</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="96"/>
        <source>Points date (加点日) *</source>
        <translation>加点日 *</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="97"/>
        <source>Occurred on (発生日)</source>
        <translation>発生日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="98"/>
        <source>Category</source>
        <translation>違反区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="99"/>
        <source>Points *</source>
        <translation>点数 *</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="100"/>
        <source>Title</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="101"/>
        <source>Notice ref. (管理番号)</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="102"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="103"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="104"/>
        <source>Corrective action</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="112"/>
        <source>* required</source>
        <translation>* は必須項目です</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="156"/>
        <source>usually {points} points</source>
        <translation>通常 {points} 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="175"/>
        <source>Enter the shop.</source>
        <translation>店舗を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="177"/>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="199"/>
        <source>At most {n} characters.</source>
        <translation>{n} 文字以内で入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="182"/>
        <source>Enter the date the points were added.</source>
        <translation>加点日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="187"/>
        <source>The violation cannot occur after its points were added.</source>
        <translation>発生日は加点日より後にできません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="191"/>
        <source>Enter the points (0 or more).</source>
        <translation>点数（0以上）を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="193"/>
        <source>Points must be a whole number of 0 or more, not “{text}”.</source>
        <translation>点数は0以上の整数で入力してください（入力：「{text}」）。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="251"/>
        <source>Points date in the future</source>
        <translation>未来の加点日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="252"/>
        <source>The points date {day} is after today ({today}). Save it anyway?</source>
        <translation>加点日 {day} は今日（{today}）より後です。このまま保存しますか？</translation>
    </message>
</context>
<context>
    <name>ViolationLogPage</name>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="227"/>
        <source>Could not read the violation log</source>
        <translation>違反履歴を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="233"/>
        <location filename="../../penaltytracker/ui/violation_log.py" line="272"/>
        <source>All years</source>
        <translation>すべての年</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="235"/>
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="255"/>
        <source>Title, details, notice ref. or shop</source>
        <translation>内容・詳細・管理番号・店舗で検索</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="256"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="257"/>
        <source>Year:</source>
        <translation>年：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="258"/>
        <source>Category:</source>
        <translation>違反区分：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="259"/>
        <source>Status:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="262"/>
        <source>All categories</source>
        <translation>すべての区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="267"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="274"/>
        <source>New violation…</source>
        <translation>違反を追加…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="275"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="276"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="281"/>
        <source>{count} violation(s)</source>
        <translation>{count} 件</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="295"/>
        <source>Restore</source>
        <translation>取り消しを戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="297"/>
        <source>Withdraw</source>
        <translation>取り消し</translation>
    </message>
</context>
<context>
    <name>ViolationTableModel</name>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="66"/>
        <source>Could not read the violation log</source>
        <translation>違反履歴を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="78"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="78"/>
        <source>Points date</source>
        <translation>加点日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="78"/>
        <source>Occurred on</source>
        <translation>発生日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="79"/>
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="79"/>
        <source>Category</source>
        <translation>違反区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="79"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="80"/>
        <source>Title</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="80"/>
        <source>Notice ref.</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="80"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="62"/>
        <source>Welcome to PenaltyTracker</source>
        <translation>PenaltyTracker へようこそ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="63"/>
        <source>This data file holds no shops yet. Start with one of these:</source>
        <translation>このデータファイルにはまだ店舗がありません。次のどれかから始めてください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="65"/>
        <source>Add a shop…</source>
        <translation>店舗を追加…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="65"/>
        <source>Type your shop&apos;s name as it appears in Rakuten&apos;s notices; then record each violation with Ctrl+N.</source>
        <translation>楽天からの通知に書かれている店舗名を入力します。そのあと違反を Ctrl+N で 1 件ずつ記録します。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="67"/>
        <source>Import a violations CSV…</source>
        <translation>違反の CSV を取り込む…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="67"/>
        <source>A file from Excel (CP932 or UTF-8) with the columns 店舗, 加点日 and 点数; its shops are added.</source>
        <translation>Excel で保存したファイル（CP932 または UTF-8）で、店舗・加点日・点数の列があるもの。ファイルにある店舗は自動で追加されます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="69"/>
        <source>Open a demo data file</source>
        <translation>デモ用データファイルを開く</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="69"/>
        <source>Three example shops to look around in; your own data file is not touched.</source>
        <translation>例の店舗 3 つで操作を試せます。自分のデータファイルは変更されません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="75"/>
        <source>Shops can be renamed, merged and removed later under Shops → Manage shops.</source>
        <translation>店舗の名前の変更・統合・削除は、あとから「店舗 → 店舗の管理」でできます。</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="123"/>
        <source>What if more points came?</source>
        <translation>もし違反点数が加算されたら？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="124"/>
        <source>Enter the points of a possible violation and the day they would be added. The result shows the level and sanctions that would follow.</source>
        <translation>想定する違反の点数と加点日を入力すると、その結果のレベルと制裁が表示されます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="126"/>
        <source>Points:</source>
        <translation>点数：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="127"/>
        <source>Added on:</source>
        <translation>加点日：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="129"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="130"/>
        <source>After</source>
        <translation>加算後</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="131"/>
        <source>Sanctions in force on that day</source>
        <translation>その日に適用される制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="132"/>
        <source>No sanction would be in force on that day.</source>
        <translation>その日に適用される制裁はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="133"/>
        <source>Nothing is saved.</source>
        <translation>シミュレーションの内容は保存されません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="134"/>
        <source>Sanction</source>
        <translation>制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="134"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="134"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="134"/>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="135"/>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="159"/>
        <source>Could not compute the what-if</source>
        <translation>シミュレーションを計算できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="162"/>
        <source>&lt;b&gt;{points}&lt;/b&gt; points in {year}</source>
        <translation>{year}年の累積：&lt;b&gt;{points}&lt;/b&gt; 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="164"/>
        <source>{n} points left before level {level}</source>
        <translation>あと {n} 点でレベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="166"/>
        <source>Penalty fees this year: {fees}</source>
        <translation>今年の違約金：{fees}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="174"/>
        <source>&lt;b style=&apos;color:#b91c1c&apos;&gt;Levels {levels} would be reached.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b91c1c&apos;&gt;レベル {levels} に達します。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="177"/>
        <source>Level {level}: {description}</source>
        <translation>レベル {level}：{description}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="185"/>
        <source>Choose a shop first.</source>
        <translation>先に店舗を選んでください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="192"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="193"/>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="195"/>
        <source>Level {level}</source>
        <translation>レベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="194"/>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="196"/>
        <source>No level</source>
        <translation>レベルなし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="172"/>
        <source>&lt;b style=&apos;color:#b91c1c&apos;&gt;Level {level} would be reached.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b91c1c&apos;&gt;レベル {level} に達します。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="204"/>
        <source>{n} days</source>
        <translation>{n} 日</translation>
    </message>
</context>
</TS>
