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
    <name>AppealDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="91"/>
        <source>Appeals</source>
        <translation>異議申立</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="95"/>
        <source>Filed on</source>
        <translation>申立日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="95"/>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="120"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="95"/>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="121"/>
        <source>Decided on</source>
        <translation>結果の日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="96"/>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="117"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="116"/>
        <source>Appeal filed on</source>
        <translation>申立日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="123"/>
        <source>An accepted appeal withdraws the violation from the day of the decision.</source>
        <translation>異議申立が認められると、その日から違反は取り消しになります。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="133"/>
        <source>Violation: {day}, {points} points, {title}</source>
        <translation>違反：{day}・{points} 点・{title}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="145"/>
        <source>The date cannot be before {day}.</source>
        <translation>{day} より前の日付は入力できません。</translation>
    </message>
</context>
<context>
    <name>Appeals</name>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="24"/>
        <source>Pending</source>
        <translation>審査中</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="25"/>
        <source>Accepted (withdrawn)</source>
        <translation>認められた（取り消し）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="26"/>
        <source>Rejected</source>
        <translation>認められなかった</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../penaltytracker/ui/charts_page.py" line="63"/>
        <source>Year:</source>
        <translation>年:</translation>
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
    <name>DashboardPage</name>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="188"/>
        <source>Could not read the shop&apos;s status</source>
        <translation>店舗の状況を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="193"/>
        <source>Violation level</source>
        <translation>違反レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="194"/>
        <source>Points this year</source>
        <translation>年間累積違反点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="195"/>
        <source>Penalty fees this year</source>
        <translation>今年の違約金</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="196"/>
        <source>Sanctions in force</source>
        <translation>適用中の制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="197"/>
        <source>No sanctions are in force.</source>
        <translation>適用中の制裁はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="198"/>
        <source>Latest violations</source>
        <translation>最近の違反</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="199"/>
        <source>Sanction</source>
        <translation>制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="199"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="199"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="199"/>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="200"/>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="200"/>
        <source>Dates from</source>
        <translation>日付の根拠</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="201"/>
        <source>Record Rakuten&apos;s notice…</source>
        <translation>楽天の通知を記録…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="202"/>
        <source>Points date</source>
        <translation>加点日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="202"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="202"/>
        <source>Category</source>
        <translation>違反区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="203"/>
        <source>Title</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="203"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="207"/>
        <source>The highest level ({level}) has been reached.</source>
        <translation>最高レベル（{level}）に達しています。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="208"/>
        <source>{n} points left before level {level}</source>
        <translation>あと {n} 点でレベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="218"/>
        <source>Level {level}</source>
        <translation>レベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="222"/>
        <source>No level</source>
        <translation>レベルなし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="222"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="223"/>
        <source>No level has been reached this year.</source>
        <translation>今年はまだどのレベルにも達していません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="225"/>
        <source>Points in {year}</source>
        <translation>{year}年の累積違反点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="226"/>
        <source>{points} points</source>
        <translation>{points} 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="233"/>
        <source>{points} / {threshold} points</source>
        <translation>{points} / {threshold} 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="246"/>
        <source>Levels reached this year: {levels}</source>
        <translation>今年到達したレベル: {levels}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="258"/>
        <source>Level {level} reached: contact Rakuten and review every listing now.</source>
        <translation>レベル {level} に達しています。楽天に連絡し、すべての商品ページを至急見直してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="262"/>
        <source>Warning: only {n} points left before level {level} ({threshold} points).</source>
        <translation>注意: あと {n} 点でレベル {level}（{threshold} 点）に達します。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="269"/>
        <source>{n} days</source>
        <translation>{n} 日</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="307"/>
        <source>Import orders</source>
        <translation>注文データのインポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="315"/>
        <source>Choose file…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="319"/>
        <source>Shop the file belongs to (RMS exports have no shop column)</source>
        <translation>このファイルの店舗（RMSの出力には店舗列がありません）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="325"/>
        <source>Order CSV</source>
        <translation>注文CSV</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="326"/>
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="356"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="364"/>
        <source>Which column holds what (preselected from the file&apos;s headers):</source>
        <translation>どの列に何が入っているか（見出しから自動選択）:</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="367"/>
        <source>First rows of the file:</source>
        <translation>ファイルの先頭行:</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="375"/>
        <source>Shop (店舗)</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="375"/>
        <source>Order number (受注番号)</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="376"/>
        <source>Promised ship date (出荷予定日)</source>
        <translation>出荷予定日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="377"/>
        <source>Shipped on (出荷日)</source>
        <translation>出荷日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="377"/>
        <source>Order date (注文日)</source>
        <translation>注文日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="378"/>
        <source>Carrier (配送業者)</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="378"/>
        <source>Cause (遅延理由)</source>
        <translation>遅延理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="379"/>
        <source>Customer contacted</source>
        <translation>お客様への連絡</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="379"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="383"/>
        <source>Choose an order CSV</source>
        <translation>注文CSVを選ぶ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="384"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="405"/>
        <source>(not in the file)</source>
        <translation>（ファイルにない）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="446"/>
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
        <translation>データファイル: {location}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="317"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="318"/>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="339"/>
        <source>Could not read the shops</source>
        <translation>店舗を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="259"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="346"/>
        <source>All shops (overview)</source>
        <translation>すべての店舗（一覧）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="257"/>
        <source>Shop: </source>
        <translation>店舗: </translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="260"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="366"/>
        <source>All shops</source>
        <translation>全店舗一覧</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="260"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="366"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="261"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="291"/>
        <source>Violation log</source>
        <translation>違反履歴</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="262"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="292"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="263"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="292"/>
        <source>What-if</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="264"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="292"/>
        <source>Shipping</source>
        <translation>出荷</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="265"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="293"/>
        <source>Weekly review</source>
        <translation>週次レビュー</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="266"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="267"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="268"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="269"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="270"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="271"/>
        <source>&amp;New store…</source>
        <translation>新しいデータファイル(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="272"/>
        <source>&amp;Open store…</source>
        <translation>データファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="273"/>
        <source>&amp;Import violations CSV…</source>
        <translation>違反CSVをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="274"/>
        <source>&amp;Export violations CSV…</source>
        <translation>違反CSVをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="275"/>
        <source>Export &amp;PDF report…</source>
        <translation>PDFレポートを書き出す(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="276"/>
        <source>&amp;Restore a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="277"/>
        <source>Change &amp;history…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="278"/>
        <source>&amp;Appeals…</source>
        <translation>異議申立(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="279"/>
        <source>Record Rakuten&apos;s &amp;notice…</source>
        <translation>楽天の通知を記録(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="280"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="281"/>
        <source>&amp;New violation…</source>
        <translation>違反を追加(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="282"/>
        <source>New violation</source>
        <translation>違反の追加</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="283"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="284"/>
        <source>&amp;Edit violation…</source>
        <translation>違反を編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="285"/>
        <source>&amp;Withdraw / restore</source>
        <translation>取り消し／取り消しを戻す(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="286"/>
        <source>&amp;Delete violation</source>
        <translation>違反を削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="287"/>
        <source>&amp;Filter the log</source>
        <translation>履歴を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="288"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="289"/>
        <source>&amp;Warning margin…</source>
        <translation>警告の余裕点数(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="290"/>
        <source>Start minimised to the tray at login</source>
        <translation>ログイン時にトレイに最小化して起動</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="291"/>
        <source>All shops / dashboard</source>
        <translation>全店舗一覧／ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="295"/>
        <source>&amp;About PenaltyTracker</source>
        <translation>PenaltyTracker について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="415"/>
        <source>Add violation</source>
        <translation>違反の追加</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="415"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="430"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="443"/>
        <source>Could not save the violation</source>
        <translation>違反を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="416"/>
        <source>Violation saved.</source>
        <translation>違反を保存しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="429"/>
        <source>Edit violation</source>
        <translation>違反の編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="434"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="459"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="502"/>
        <source>Could not open the violation</source>
        <translation>違反を開けませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="440"/>
        <source>Withdraw violation</source>
        <translation>違反の取り消し</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="440"/>
        <source>Restore violation</source>
        <translation>取り消しを戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="464"/>
        <source>Delete violation</source>
        <translation>違反の削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="465"/>
        <source>Delete {n} violations</source>
        <translation>{n} 件の違反の削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="467"/>
        <source>Could not delete</source>
        <translation>削除できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="468"/>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="489"/>
        <source>File an appeal</source>
        <translation>異議申立の記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="489"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="494"/>
        <source>Could not save the appeal</source>
        <translation>異議申立を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="490"/>
        <source>Appeal recorded.</source>
        <translation>異議申立を記録しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="493"/>
        <source>Record the appeal&apos;s outcome</source>
        <translation>異議申立の結果の記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="495"/>
        <source>Appeal outcome recorded.</source>
        <translation>異議申立の結果を記録しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="524"/>
        <source>Record notice</source>
        <translation>通知の記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="524"/>
        <source>Could not save the notice</source>
        <translation>通知を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="525"/>
        <source>Notice recorded: its figures replace the expected ones.</source>
        <translation>通知を記録しました。見込みの代わりに通知の内容を表示します。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="531"/>
        <source>Could not read the notices</source>
        <translation>通知を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="557"/>
        <source>PenaltyTracker store (*.sqlite3 *.db);;All files (*)</source>
        <translation>PenaltyTracker データファイル (*.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="560"/>
        <source>New store</source>
        <translation>新しいデータファイル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="567"/>
        <source>Open store</source>
        <translation>データファイルを開く</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="575"/>
        <source>Opened {location}</source>
        <translation>{location} を開きました</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="577"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="600"/>
        <source>Could not open the store</source>
        <translation>データファイルを開けませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="578"/>
        <source>Opening the store…</source>
        <translation>データファイルを開いています…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="585"/>
        <source>Could not back up the store</source>
        <translation>ストアをバックアップできませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="603"/>
        <source>The store was restored from a backup.</source>
        <translation>バックアップからストアを復元しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="607"/>
        <source>Import violations CSV</source>
        <translation>違反CSVのインポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="608"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="624"/>
        <source>Imported: {added} added, {updated} updated, {unchanged} already recorded.</source>
        <translation>取り込みました：追加 {added} 件、更新 {updated} 件、登録済み {unchanged} 件</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="628"/>
        <source>Nothing was imported</source>
        <translation>インポートしませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="629"/>
        <source>Importing {file}…</source>
        <translation>{file} をインポートしています…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="634"/>
        <source>Export violations CSV</source>
        <translation>違反CSVのエクスポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="635"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="645"/>
        <source>Exported {n} violation(s) to {file}.</source>
        <translation>{n} 件の違反を {file} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="650"/>
        <source>Could not export</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="650"/>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="660"/>
        <source>Warning margin</source>
        <translation>警告の余裕点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="661"/>
        <source>Warn when a shop is this many points or fewer from the next level:</source>
        <translation>次のレベルまでの残りがこの点数以下になったら警告する:</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="687"/>
        <source>Could not change the start at login</source>
        <translation>ログイン時の起動を変更できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="704"/>
        <source>&lt;h3&gt;PenaltyTracker {version}&lt;/h3&gt;&lt;p&gt;A shop operator&apos;s own record of Rakuten Ichiba violation points.&lt;/p&gt;&lt;p&gt;Rule set: {rules}&lt;br&gt;Version {rules_version}, effective {effective}&lt;/p&gt;&lt;p&gt;Store: {store}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PenaltyTracker {version}&lt;/h3&gt;&lt;p&gt;楽天市場の違反点数を店舗運営者が自分で記録・管理するためのアプリです。&lt;/p&gt;&lt;p&gt;ルール: {rules}&lt;br&gt;バージョン {rules_version}（{effective} 施行）&lt;/p&gt;&lt;p&gt;データファイル: {store}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="711"/>
        <source>About PenaltyTracker</source>
        <translation>PenaltyTracker について</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="37"/>
        <source>Record Rakuten&apos;s notice</source>
        <translation>楽天の通知を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="46"/>
        <source>Level {level}</source>
        <translation>レベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="56"/>
        <source>Sanctions as the notice states them</source>
        <translation>通知に書かれた制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="58"/>
        <source>Sanction</source>
        <translation>制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="59"/>
        <source>Starts</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="60"/>
        <source>Ends (if the notice says)</source>
        <translation>終了日（通知にある場合）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="63"/>
        <source>{name} ({days} days)</source>
        <translation>{name}（{days} 日）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="83"/>
        <source>expected: ¥{fee:,}</source>
        <translation>見込み：¥{fee:,}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="92"/>
        <source>Not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="93"/>
        <source>The shop continues (V-A)</source>
        <translation>出店継続（V-A）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="94"/>
        <source>The contract ends (V-B)</source>
        <translation>契約解除（V-B）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="101"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="102"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="103"/>
        <source>Fee billed (¥)</source>
        <translation>請求された違約金（円）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="104"/>
        <source>Billed on</source>
        <translation>請求日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="105"/>
        <source>Paid on</source>
        <translation>支払日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="106"/>
        <source>Training due by</source>
        <translation>講習の受講期限</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="107"/>
        <source>Training completed on</source>
        <translation>講習の受講日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="109"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="110"/>
        <source>Contract ends on</source>
        <translation>契約終了日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="111"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="137"/>
        <source>Enter the start of {name}.</source>
        <translation>{name}の開始日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="140"/>
        <source>{name} ends before it starts.</source>
        <translation>{name}の終了日が開始日より前です。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="148"/>
        <source>The fee must be an amount in yen, not “{text}”.</source>
        <translation>違約金は円の金額で入力してください（入力値：「{text}」）。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="152"/>
        <source>Enter the day the contract ends.</source>
        <translation>契約終了日を入力してください。</translation>
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
        <translation>予期しないエラー（{kind}）: {message}</translation>
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
        <location filename="../../penaltytracker/ui/overview.py" line="127"/>
        <source>All shops</source>
        <translation>全店舗一覧</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="128"/>
        <source>This year&apos;s points of every shop, worst first. Double-click a shop to open its dashboard.</source>
        <translation>全店舗の今年の累積違反点数（点数の多い順）。店舗をダブルクリックするとダッシュボードを開きます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="145"/>
        <source>Could not read the shops</source>
        <translation>店舗を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../penaltytracker/ui/tray.py" line="132"/>
        <source>Could not read what is due</source>
        <translation>やることを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/tray.py" line="163"/>
        <source>Show PenaltyTracker</source>
        <translation>PenaltyTracker を表示</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/tray.py" line="164"/>
        <source>Check what is due now</source>
        <translation>やることを今すぐ確認</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/tray.py" line="165"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/tray.py" line="170"/>
        <source>PenaltyTracker: {n} thing(s) to do</source>
        <translation>PenaltyTracker：やること {n} 件</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/tray.py" line="171"/>
        <source>PenaltyTracker: nothing is due</source>
        <translation>PenaltyTracker：やることはありません</translation>
    </message>
</context>
<context>
    <name>Sanctions</name>
    <message>
        <location filename="../../penaltytracker/ui/widgets.py" line="80"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/widgets.py" line="81"/>
        <source>Expected</source>
        <translation>見込み</translation>
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
        <location filename="../../penaltytracker/ui/shipping_page.py" line="252"/>
        <source>Enter the order number.</source>
        <translation>受注番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="254"/>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="271"/>
        <source>At most {n} characters.</source>
        <translation>{n} 文字以内で入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="256"/>
        <source>This order is already in the log; edit it there.</source>
        <translation>この注文はすでに記録されています。記録を編集してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="259"/>
        <source>Enter the promised ship date.</source>
        <translation>出荷予定日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="263"/>
        <source>Enter the ship date, or tick “Not shipped yet”.</source>
        <translation>出荷日を入力するか、「未出荷」にチェックしてください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="265"/>
        <source>The ship date {day} is after today; tick “Not shipped yet” if it has not shipped.</source>
        <translation>出荷日 {day} は今日より後です。まだ出荷していない場合は「未出荷」にチェックしてください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="268"/>
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
        <location filename="../../penaltytracker/ui/shipping_page.py" line="606"/>
        <source>Could not read the shipments</source>
        <translation>出荷記録を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="610"/>
        <source>Choose a shop to see its on-time shipping rate.</source>
        <translation>店舗を選ぶと納期遵守率が表示されます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="611"/>
        <source>No shipments recorded for this shop yet.</source>
        <translation>この店舗の出荷記録はまだありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="630"/>
        <source>{start} to {end}</source>
        <translation>{start} 〜 {end}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="632"/>
        <source>On-time shipping ({span}): no shipments due.</source>
        <translation>納期遵守率（{span}）: 対象の出荷はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="634"/>
        <source>On-time shipping ({span}): {rate} — {late} of {n} late; target {target}.</source>
        <translation>納期遵守率（{span}）: {rate} — {n} 件中 {late} 件が遅延、目標 {target}。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="637"/>
        <source>Not judged: fewer than {n} shipments.</source>
        <translation>出荷が {n} 件未満のため判定対象外です。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="638"/>
        <source>Target met.</source>
        <translation>目標を達成しています。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="638"/>
        <source>Below target.</source>
        <translation>目標を下回っています。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="642"/>
        <source>Order number, carrier or note</source>
        <translation>受注番号・配送業者・メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="643"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="645"/>
        <source>Cause:</source>
        <translation>遅延理由:</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="646"/>
        <source>Late only</source>
        <translation>遅延のみ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="649"/>
        <source>All causes</source>
        <translation>すべての理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="652"/>
        <source>No cause given</source>
        <translation>理由未記入</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="655"/>
        <source>New delay incident…</source>
        <translation>発送遅延を記録…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="656"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="657"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="658"/>
        <source>Import orders…</source>
        <translation>注文データをインポート…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="663"/>
        <source>{count} shipment(s)</source>
        <translation>{count} 件の出荷</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="703"/>
        <source>Could not save the shipment</source>
        <translation>出荷記録を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="709"/>
        <source>Delete shipment</source>
        <translation>出荷記録の削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="710"/>
        <source>Delete order {order} from the log?</source>
        <translation>受注番号 {order} を記録から削除しますか？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="719"/>
        <source>Could not delete the shipment</source>
        <translation>出荷記録を削除できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="754"/>
        <source>Could not import the orders</source>
        <translation>注文データをインポートできませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="755"/>
        <source>Importing orders…</source>
        <translation>注文データをインポートしています…</translation>
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
    <name>TodoPanel</name>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="96"/>
        <source>Could not read what is due</source>
        <translation>やることを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="99"/>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="99"/>
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="99"/>
        <source>What to do</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="100"/>
        <source>Nothing is due.</source>
        <translation>やることはありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="114"/>
        <source>To do ({n})</source>
        <translation>やること（{n}）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="114"/>
        <source>To do</source>
        <translation>やること</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="75"/>
        <source>Edit violation</source>
        <translation>違反の編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="75"/>
        <source>New violation</source>
        <translation>違反の追加</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="87"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="129"/>
        <source>Shop *</source>
        <translation>店舗 *</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="130"/>
        <source>Points date (加点日) *</source>
        <translation>加点日 *</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="131"/>
        <source>Occurred on (発生日)</source>
        <translation>発生日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="132"/>
        <source>Category</source>
        <translation>違反区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="133"/>
        <source>Points *</source>
        <translation>点数 *</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="134"/>
        <source>Title</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="135"/>
        <source>Notice ref. (管理番号)</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="136"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="137"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="138"/>
        <source>Corrective action</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="143"/>
        <source>* required</source>
        <translation>* は必須項目です</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="183"/>
        <source>usually {points} points</source>
        <translation>通常 {points} 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="199"/>
        <source>Enter the shop.</source>
        <translation>店舗を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="201"/>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="219"/>
        <source>At most {n} characters.</source>
        <translation>{n} 文字以内で入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="204"/>
        <source>Enter the date the points were added.</source>
        <translation>加点日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="207"/>
        <source>The violation cannot occur after its points were added.</source>
        <translation>発生日は加点日より後にできません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="211"/>
        <source>Enter the points (0 or more).</source>
        <translation>点数（0以上）を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="213"/>
        <source>Points must be a whole number of 0 or more, not “{text}”.</source>
        <translation>点数は0以上の整数で入力してください（入力:「{text}」）。</translation>
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
        <location filename="../../penaltytracker/ui/violation_log.py" line="223"/>
        <source>Could not read the violation log</source>
        <translation>違反履歴を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="229"/>
        <location filename="../../penaltytracker/ui/violation_log.py" line="268"/>
        <source>All years</source>
        <translation>すべての年</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="231"/>
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="251"/>
        <source>Title, details, notice ref. or shop</source>
        <translation>内容・詳細・管理番号・店舗で検索</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="252"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="253"/>
        <source>Year:</source>
        <translation>年:</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="254"/>
        <source>Category:</source>
        <translation>違反区分:</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="255"/>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="258"/>
        <source>All categories</source>
        <translation>すべての区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="263"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="270"/>
        <source>New violation…</source>
        <translation>違反を追加…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="271"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="272"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="277"/>
        <source>{count} violation(s)</source>
        <translation>{count} 件</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="291"/>
        <source>Restore</source>
        <translation>取り消しを戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="293"/>
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
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="124"/>
        <source>What if more points came?</source>
        <translation>もし違反点数が加算されたら？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="125"/>
        <source>Enter the points of a possible violation and the day they would be added. The result shows the level and sanctions that would follow.</source>
        <translation>想定する違反の点数と加点日を入力すると、その結果のレベルと制裁が表示されます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="127"/>
        <source>Points:</source>
        <translation>点数:</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="128"/>
        <source>Added on:</source>
        <translation>加点日:</translation>
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
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="162"/>
        <source>Could not compute the what-if</source>
        <translation>シミュレーションを計算できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="165"/>
        <source>&lt;b&gt;{points}&lt;/b&gt; points in {year}</source>
        <translation>{year}年の累積: &lt;b&gt;{points}&lt;/b&gt; 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="167"/>
        <source>{n} points left before level {level}</source>
        <translation>あと {n} 点でレベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="169"/>
        <source>Penalty fees this year: {fees}</source>
        <translation>今年の違約金: {fees}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="176"/>
        <source>Choose a shop first.</source>
        <translation>先に店舗を選んでください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="183"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="184"/>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="186"/>
        <source>Level {level}</source>
        <translation>レベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="185"/>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="187"/>
        <source>No level</source>
        <translation>レベルなし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="191"/>
        <source>&lt;b style=&apos;color:#b91c1c&apos;&gt;Level {level} would be reached.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b91c1c&apos;&gt;レベル {level} に達します。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="195"/>
        <source>{n} days</source>
        <translation>{n} 日</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="39"/>
        <source>Withdraw violation</source>
        <translation>違反の取り消し</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="44"/>
        <source>It never counted (withdrawn from its points date)</source>
        <translation>最初から数えない（加点日から取り消し）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="51"/>
        <source>Violation: {day}, {points} points, {title}</source>
        <translation>違反：{day}・{points} 点・{title}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="53"/>
        <source>Withdrawn on</source>
        <translation>取消日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="55"/>
        <source>It still counts on every day before this date: earlier statuses stay as they were.</source>
        <translation>この日より前の日には点数が数えられたままです。過去の状況は変わりません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="74"/>
        <source>The withdrawal date cannot be before the points date ({day}).</source>
        <translation>取消日は加点日（{day}）より前にできません。</translation>
    </message>
</context>
</TS>
