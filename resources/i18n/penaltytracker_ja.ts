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
    <name>ContactDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="138"/>
        <source>Log a contact</source>
        <translation>連絡を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="141"/>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="141"/>
        <source>Marketplace support</source>
        <translation>マーケットプレイスのサポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="142"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="146"/>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="146"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="146"/>
        <source>Message</source>
        <translation>取引メッセージ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="146"/>
        <source>Support form</source>
        <translation>問い合わせフォーム</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="148"/>
        <source>We wrote</source>
        <translation>こちらから</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="149"/>
        <source>They wrote</source>
        <translation>先方から</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="153"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="154"/>
        <source>With</source>
        <translation>相手</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="155"/>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="156"/>
        <source>Direction</source>
        <translation>向き</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="157"/>
        <source>What was said</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="178"/>
        <source>Could not read the shop&apos;s status</source>
        <translation>店舗の状況を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="184"/>
        <source>Violation level</source>
        <translation>違反レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="185"/>
        <source>Points this year</source>
        <translation>年間累積違反点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="186"/>
        <source>Penalty fees this year</source>
        <translation>今年の違約金</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="187"/>
        <source>Sanctions in force</source>
        <translation>適用中の制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="188"/>
        <source>No sanctions are in force.</source>
        <translation>適用中の制裁はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="189"/>
        <source>Latest violations</source>
        <translation>最近の違反</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="190"/>
        <source>Sanction</source>
        <translation>制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="190"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="190"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="190"/>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="191"/>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="192"/>
        <source>Points date</source>
        <translation>加点日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="192"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="192"/>
        <source>Category</source>
        <translation>違反区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="193"/>
        <source>Title</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="193"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="197"/>
        <source>The highest level ({level}) has been reached.</source>
        <translation>最高レベル（{level}）に達しています。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="198"/>
        <source>{n} points left before level {level}</source>
        <translation>あと {n} 点でレベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="208"/>
        <source>Level {level}</source>
        <translation>レベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="212"/>
        <source>No level</source>
        <translation>レベルなし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="212"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="213"/>
        <source>No level has been reached this year.</source>
        <translation>今年はまだどのレベルにも達していません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="215"/>
        <source>Points in {year}</source>
        <translation>{year}年の累積違反点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="216"/>
        <source>{points} points</source>
        <translation>{points} 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="223"/>
        <source>{points} / {threshold} points</source>
        <translation>{points} / {threshold} 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="236"/>
        <source>Levels reached this year: {levels}</source>
        <translation>今年到達したレベル: {levels}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="248"/>
        <source>Level {level} reached: contact Rakuten and review every listing now.</source>
        <translation>レベル {level} に達しています。楽天に連絡し、すべての商品ページを至急見直してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="252"/>
        <source>Warning: only {n} points left before level {level} ({threshold} points).</source>
        <translation>注意: あと {n} 点でレベル {level}（{threshold} 点）に達します。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="259"/>
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
    <name>ImportEventsDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="116"/>
        <source>Import order events</source>
        <translation>注文の記録を取り込む</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="125"/>
        <source>(not in the file)</source>
        <translation>（ファイルにない）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="134"/>
        <source>From the file</source>
        <translation>ファイルから</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="137"/>
        <source>Event of every row</source>
        <translation>全行の出来事</translation>
    </message>
</context>
<context>
    <name>IncidentHistoryDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="18"/>
        <source>History of incident #{id}</source>
        <translation>トラブル #{id} の変更履歴</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="20"/>
        <source>Opened</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="20"/>
        <source>Edited</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="20"/>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="21"/>
        <source>Step done</source>
        <translation>手順完了</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="21"/>
        <source>Step undone</source>
        <translation>手順を未完了に</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="21"/>
        <source>Selling stopped</source>
        <translation>販売停止</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="22"/>
        <source>Stop taken back</source>
        <translation>停止の取り消し</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="22"/>
        <source>Selling resumed</source>
        <translation>販売再開</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="23"/>
        <source>Resume taken back</source>
        <translation>再開の取り消し</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="23"/>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="23"/>
        <source>Reopened</source>
        <translation>対応中に戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="24"/>
        <source>Contact logged</source>
        <translation>連絡を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="24"/>
        <source>Contact removed</source>
        <translation>連絡を削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="25"/>
        <source>Linked</source>
        <translation>関連付け</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="25"/>
        <source>Unlinked</source>
        <translation>関連付けを解除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="29"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="29"/>
        <source>User</source>
        <translation>利用者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="29"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="30"/>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="204"/>
        <source>New incident… (Ctrl+T)</source>
        <translation>トラブルを記録…（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="205"/>
        <source>Open only</source>
        <translation>対応中のみ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="206"/>
        <source>Opened</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="206"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="206"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="207"/>
        <source>Selling</source>
        <translation>販売</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="207"/>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="207"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="208"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="208"/>
        <source>With</source>
        <translation>相手</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="208"/>
        <source>Direction</source>
        <translation>向き</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="209"/>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="209"/>
        <source>What was said</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="210"/>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="210"/>
        <source>Done at</source>
        <translation>完了日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="211"/>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="411"/>
        <source>Stop everything</source>
        <translation>すべての販売を停止</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="212"/>
        <source>Resume selling…</source>
        <translation>販売を再開…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="213"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="214"/>
        <source>History…</source>
        <translation>変更履歴…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="215"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="216"/>
        <source>Log contact…</source>
        <translation>連絡を記録…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="217"/>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="518"/>
        <source>Remove contact</source>
        <translation>連絡を削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="218"/>
        <source>Link…</source>
        <translation>関連付け…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="219"/>
        <source>Contacts with buyers and support</source>
        <translation>購入者・サポートとの連絡</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="220"/>
        <source>Rule 3 branch:</source>
        <translation>規則3の分岐：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="221"/>
        <source>Choose a shop, then an incident, or open one with Ctrl+T.</source>
        <translation>店舗とトラブルを選ぶか、Ctrl+T で新しく記録してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="249"/>
        <source>Could not read the incidents</source>
        <translation>トラブルを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="264"/>
        <source>stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="265"/>
        <source>resumed</source>
        <translation>再開済み</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="267"/>
        <source>open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="267"/>
        <source>closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="304"/>
        <source>Opened {at}</source>
        <translation>発生：{at}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="306"/>
        <source>Affected: {what}</source>
        <translation>対象：{what}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="310"/>
        <source>Closed on {d}</source>
        <translation>完了日：{d}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="313"/>
        <source>Selling has not been stopped.</source>
        <translation>販売はまだ停止していません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="315"/>
        <source>Selling stopped at {at}.</source>
        <translation>{at} に販売を停止しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="318"/>
        <source>Selling stopped at {a}, resumed at {b}: {why}</source>
        <translation>{a} に販売を停止し、{b} に再開しました：{why}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="322"/>
        <source>Time to stop: {stop}&#x3000;Time to first contact: {contact}&#x3000;Days open: {days}</source>
        <translation>停止までの時間：{stop}&#x3000;最初の連絡までの時間：{contact}&#x3000;経過日数：{days}日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="328"/>
        <source>Reopen</source>
        <translation>対応中に戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="328"/>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="438"/>
        <source>Close incident</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="334"/>
        <source>Not judged yet (all steps)</source>
        <translation>未判断（すべての手順）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="341"/>
        <source>Caused: {links}</source>
        <translation>関連：{links}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="346"/>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="346"/>
        <source>Marketplace support</source>
        <translation>マーケットプレイスのサポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="346"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="347"/>
        <source>We wrote</source>
        <translation>こちらから</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="347"/>
        <source>They wrote</source>
        <translation>先方から</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="360"/>
        <source>Could not save the incident</source>
        <translation>トラブルを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="380"/>
        <source>Open incident</source>
        <translation>トラブルを記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="400"/>
        <source>Edit incident</source>
        <translation>トラブルを編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="424"/>
        <source>Resume selling</source>
        <translation>販売を再開</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="442"/>
        <source>Reopen incident</source>
        <translation>トラブルを対応中に戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="454"/>
        <source>Delete incident</source>
        <translation>トラブルを削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="463"/>
        <source>Tick step</source>
        <translation>手順を完了</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="463"/>
        <source>Untick step</source>
        <translation>手順を未完了に戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="478"/>
        <source>Choose the branch</source>
        <translation>分岐を選ぶ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="498"/>
        <source>Log contact</source>
        <translation>連絡を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="535"/>
        <source>Could not read the history</source>
        <translation>変更履歴を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="547"/>
        <source>Link</source>
        <translation>関連付け</translation>
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
    <name>LinkDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="193"/>
        <source>Link what the incident caused</source>
        <translation>トラブルが引き起こした記録を関連付け</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="195"/>
        <source>Violation</source>
        <translation>違反</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="196"/>
        <source>Late shipment</source>
        <translation>出荷遅延</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="200"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="201"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="281"/>
        <source>Store: {location}</source>
        <translation>データファイル: {location}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="294"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="295"/>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="316"/>
        <source>Could not read the shops</source>
        <translation>店舗を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="241"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="323"/>
        <source>All shops (overview)</source>
        <translation>すべての店舗（一覧）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="239"/>
        <source>Shop: </source>
        <translation>店舗: </translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="242"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="343"/>
        <source>All shops</source>
        <translation>全店舗一覧</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="242"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="343"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="243"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="270"/>
        <source>Violation log</source>
        <translation>違反履歴</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="244"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="271"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="245"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="271"/>
        <source>What-if</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="246"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="271"/>
        <source>Shipping</source>
        <translation>出荷</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="247"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="272"/>
        <source>Weekly review</source>
        <translation>週次レビュー</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="248"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="249"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="250"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="251"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="252"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="253"/>
        <source>&amp;New store…</source>
        <translation>新しいデータファイル(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="254"/>
        <source>&amp;Open store…</source>
        <translation>データファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="255"/>
        <source>&amp;Import violations CSV…</source>
        <translation>違反CSVをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="256"/>
        <source>&amp;Export violations CSV…</source>
        <translation>違反CSVをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="257"/>
        <source>Export &amp;PDF report…</source>
        <translation>PDFレポートを書き出す(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="258"/>
        <source>&amp;Restore a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="259"/>
        <source>Change &amp;history…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="260"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="261"/>
        <source>&amp;New violation…</source>
        <translation>違反を追加(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="262"/>
        <source>New violation</source>
        <translation>違反の追加</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="263"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="264"/>
        <source>&amp;Edit violation…</source>
        <translation>違反を編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="265"/>
        <source>&amp;Withdraw / restore</source>
        <translation>取り消し／取り消しを戻す(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="266"/>
        <source>&amp;Delete violation</source>
        <translation>違反を削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="267"/>
        <source>&amp;Filter the log</source>
        <translation>履歴を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="268"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="269"/>
        <source>&amp;Warning margin…</source>
        <translation>警告の余裕点数(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="270"/>
        <source>All shops / dashboard</source>
        <translation>全店舗一覧／ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="274"/>
        <source>&amp;About PenaltyTracker</source>
        <translation>PenaltyTracker について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="392"/>
        <source>Add violation</source>
        <translation>違反の追加</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="392"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="407"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="420"/>
        <source>Could not save the violation</source>
        <translation>違反を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="393"/>
        <source>Violation saved.</source>
        <translation>違反を保存しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="406"/>
        <source>Edit violation</source>
        <translation>違反の編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="411"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="423"/>
        <source>Could not open the violation</source>
        <translation>違反を開けませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="417"/>
        <source>Withdraw violation</source>
        <translation>違反の取り消し</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="417"/>
        <source>Restore violation</source>
        <translation>取り消しを戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="428"/>
        <source>Delete violation</source>
        <translation>違反の削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="429"/>
        <source>Delete {n} violations</source>
        <translation>{n} 件の違反の削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="431"/>
        <source>Could not delete</source>
        <translation>削除できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="432"/>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="457"/>
        <source>PenaltyTracker store (*.sqlite3 *.db);;All files (*)</source>
        <translation>PenaltyTracker データファイル (*.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="460"/>
        <source>New store</source>
        <translation>新しいデータファイル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="467"/>
        <source>Open store</source>
        <translation>データファイルを開く</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="475"/>
        <source>Opened {location}</source>
        <translation>{location} を開きました</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="477"/>
        <location filename="../../penaltytracker/ui/main_window.py" line="500"/>
        <source>Could not open the store</source>
        <translation>データファイルを開けませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="478"/>
        <source>Opening the store…</source>
        <translation>データファイルを開いています…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="485"/>
        <source>Could not back up the store</source>
        <translation>ストアをバックアップできませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="503"/>
        <source>The store was restored from a backup.</source>
        <translation>バックアップからストアを復元しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="507"/>
        <source>Import violations CSV</source>
        <translation>違反CSVのインポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="508"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="522"/>
        <source>Imported {n} violation(s).</source>
        <translation>{n} 件の違反をインポートしました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="524"/>
        <source>Nothing was imported</source>
        <translation>インポートしませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="525"/>
        <source>Importing {file}…</source>
        <translation>{file} をインポートしています…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="530"/>
        <source>Export violations CSV</source>
        <translation>違反CSVのエクスポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="531"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="541"/>
        <source>Exported {n} violation(s) to {file}.</source>
        <translation>{n} 件の違反を {file} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="545"/>
        <source>Could not export</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="545"/>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="555"/>
        <source>Warning margin</source>
        <translation>警告の余裕点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="556"/>
        <source>Warn when a shop is this many points or fewer from the next level:</source>
        <translation>次のレベルまでの残りがこの点数以下になったら警告する:</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="580"/>
        <source>&lt;h3&gt;PenaltyTracker {version}&lt;/h3&gt;&lt;p&gt;A shop operator&apos;s own record of Rakuten Ichiba violation points.&lt;/p&gt;&lt;p&gt;Rule set: {rules}&lt;br&gt;Version {rules_version}, effective {effective}&lt;/p&gt;&lt;p&gt;Store: {store}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PenaltyTracker {version}&lt;/h3&gt;&lt;p&gt;楽天市場の違反点数を店舗運営者が自分で記録・管理するためのアプリです。&lt;/p&gt;&lt;p&gt;ルール: {rules}&lt;br&gt;バージョン {rules_version}（{effective} 施行）&lt;/p&gt;&lt;p&gt;データファイル: {store}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="587"/>
        <source>About PenaltyTracker</source>
        <translation>PenaltyTracker について</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="49"/>
        <source>New incident</source>
        <translation>トラブルを記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="49"/>
        <source>Edit incident</source>
        <translation>トラブルを編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="63"/>
        <source>Items, SKUs or the lot affected</source>
        <translation>対象の商品・SKU・ロット</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="70"/>
        <source>Stop everything now (record that selling stopped)</source>
        <translation>いますぐすべての販売を停止する（停止した日時を記録）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="75"/>
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="76"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="77"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="79"/>
        <source>Affected</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="80"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="82"/>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="126"/>
        <source>Choose or type the shop.</source>
        <translation>店舗を選ぶか入力してください。</translation>
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
    <name>OrderEventDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="47"/>
        <source>Log an order event</source>
        <translation>注文の出来事を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="55"/>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="59"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="63"/>
        <source>A handle, as far as known (nothing more)</source>
        <translation>わかる範囲のニックネームなど（それ以上は記録しない）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="76"/>
        <source>Order ID</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="76"/>
        <source>Date and time (JST)</source>
        <translation>日時（JST）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="77"/>
        <source>What happened</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="77"/>
        <source>Payment method</source>
        <translation>支払い方法</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="78"/>
        <source>Cancelled by</source>
        <translation>キャンセルした人</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="78"/>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="79"/>
        <source>Item name</source>
        <translation>商品名</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="80"/>
        <source>Subtotal (yen)</source>
        <translation>小計（円）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="81"/>
        <source>Shipping both ways (yen)</source>
        <translation>往復送料（円）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="82"/>
        <source>Days tied up</source>
        <translation>在庫の拘束日数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="82"/>
        <source>Reason given</source>
        <translation>申告された理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="83"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="101"/>
        <source>The order ID is required.</source>
        <translation>注文番号を入力してください。</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="176"/>
        <source>Log order event…</source>
        <translation>注文の出来事を記録…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="177"/>
        <source>Import report CSV…</source>
        <translation>レポートCSVを取り込む…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="178"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="179"/>
        <source>Erase a buyer…</source>
        <translation>購入者を消去…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="180"/>
        <source>Date and time (JST)</source>
        <translation>日時（JST）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="180"/>
        <source>Order ID</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="180"/>
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="181"/>
        <source>Payment</source>
        <translation>支払い</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="181"/>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="181"/>
        <source>ASIN/SKU</source>
        <translation>ASIN/SKU</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="182"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="182"/>
        <source>Subtotal</source>
        <translation>小計</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="182"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="183"/>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="183"/>
        <source>Buyer or item</source>
        <translation>購入者・商品</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="183"/>
        <source>Events</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="184"/>
        <source>First</source>
        <translation>最初</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="184"/>
        <source>Last</source>
        <translation>最後</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="185"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="185"/>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="185"/>
        <source>Case number</source>
        <translation>ケース番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="186"/>
        <source>Reported</source>
        <translation>報告対象</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="186"/>
        <source>Reply</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="188"/>
        <source>Flagged patterns ({n} or more events within {d} days)</source>
        <translation>検出されたパターン（{d}日以内に{n}件以上）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="190"/>
        <source>No pattern is flagged.</source>
        <translation>検出されたパターンはありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="191"/>
        <source>Evidence for the marketplace&apos;s support</source>
        <translation>マーケットプレイスのサポートへの報告文</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="192"/>
        <source>Reports made</source>
        <translation>報告の記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="193"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="194"/>
        <source>Save as text…</source>
        <translation>テキストで保存…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="195"/>
        <source>Save as PDF…</source>
        <translation>PDFで保存…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="196"/>
        <source>Log report…</source>
        <translation>報告を記録…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="197"/>
        <source>Choose a flagged pattern, or events in the log, to see the numbered evidence.</source>
        <translation>パターン、または一覧の記録を選ぶと、番号付きの報告文を表示します。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="214"/>
        <source>Choose a shop in the list above.</source>
        <translation>上の一覧から店舗を選んでください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="235"/>
        <source>Could not read the order events</source>
        <translation>注文の記録を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="246"/>
        <source>Same buyer</source>
        <translation>同一購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="246"/>
        <source>Same item</source>
        <translation>同一商品</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="292"/>
        <source>The evidence is on the clipboard.</source>
        <translation>報告文をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="295"/>
        <source>Save the evidence</source>
        <translation>報告文を保存</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="296"/>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="304"/>
        <location filename="../../penaltytracker/ui/orders_page.py" line="323"/>
        <source>Could not save the evidence</source>
        <translation>報告文を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="305"/>
        <location filename="../../penaltytracker/ui/orders_page.py" line="325"/>
        <source>Saved {file}.</source>
        <translation>{file} に保存しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="308"/>
        <source>Save the evidence as PDF</source>
        <translation>報告文をPDFで保存</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="309"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="320"/>
        <source>Record of suspicious orders — {shop}</source>
        <translation>不審な注文の記録 — {shop}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="332"/>
        <source>Could not save the order event</source>
        <translation>注文の記録を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="352"/>
        <source>Log order event</source>
        <translation>注文の出来事を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="364"/>
        <source>Delete order events</source>
        <translation>注文の記録を削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="368"/>
        <source>Import a marketplace report</source>
        <translation>マーケットプレイスのレポートを取り込む</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="369"/>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV・テキストファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="377"/>
        <location filename="../../penaltytracker/ui/orders_page.py" line="393"/>
        <source>Nothing was imported</source>
        <translation>何も取り込まれませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="394"/>
        <source>Imported {n} new event(s).</source>
        <translation>新しい記録を{n}件取り込みました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="395"/>
        <source>Importing {file}…</source>
        <translation>{file} を取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="401"/>
        <source>{n} orders</source>
        <translation>{n}件の注文</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="411"/>
        <source>Could not save the report</source>
        <translation>報告を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="421"/>
        <source>No buyer is recorded.</source>
        <translation>購入者は記録されていません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="423"/>
        <source>Erase a buyer</source>
        <translation>購入者を消去</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="424"/>
        <source>Replace this buyer&apos;s handle in every event and report with an anonymous token (cannot be undone):</source>
        <translation>この購入者の名前を、すべての記録と報告で匿名の記号に置き換えます（元に戻せません）：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="435"/>
        <source>The buyer is now {token}.</source>
        <translation>購入者を {token} に置き換えました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="438"/>
        <source>Could not erase the buyer</source>
        <translation>購入者を消去できませんでした</translation>
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
        <location filename="../../penaltytracker/ui/overview.py" line="123"/>
        <source>All shops</source>
        <translation>全店舗一覧</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="124"/>
        <source>This year&apos;s points of every shop, worst first. Double-click a shop to open its dashboard.</source>
        <translation>全店舗の今年の累積違反点数（点数の多い順）。店舗をダブルクリックするとダッシュボードを開きます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="141"/>
        <source>Could not read the shops</source>
        <translation>店舗を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="157"/>
        <source>Log a report to the marketplace</source>
        <translation>マーケットプレイスへの報告を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="162"/>
        <source>Seller support (case form)</source>
        <translation>出品者サポート（ケース）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="162"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="162"/>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="163"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="169"/>
        <source>Reported</source>
        <translation>報告対象</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="170"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="171"/>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="172"/>
        <source>Case number</source>
        <translation>ケース番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="173"/>
        <source>Reply</source>
        <translation>回答</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="171"/>
        <source>Resume selling</source>
        <translation>販売を再開</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="174"/>
        <source>Why it is safe to sell again</source>
        <translation>販売を再開してよい理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="177"/>
        <source>Resumed at</source>
        <translation>再開日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="178"/>
        <source>Reason</source>
        <translation>理由</translation>
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
    <name>Troubles</name>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="74"/>
        <source>Troubles</source>
        <translation>トラブル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="75"/>
        <source>Suspicious orders</source>
        <translation>不審な注文</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="76"/>
        <source>New &amp;incident…</source>
        <translation>トラブルを記録(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>TroublesNote</name>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="158"/>
        <source>Could not read the incidents</source>
        <translation>トラブルを読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>TroublesReviewBox</name>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="175"/>
        <source>Open incidents and suspicious orders</source>
        <translation>対応中のトラブルと不審な注文</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="182"/>
        <source>No open incident, no pattern flagged this week.</source>
        <translation>対応中のトラブルも、今週検出されたパターンもありません。</translation>
    </message>
</context>
<context>
    <name>TroublesSummary</name>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="97"/>
        <source> — selling stopped</source>
        <translation>（販売停止中）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="99"/>
        <source>Open incident #{id}: {category}, since {at}{stopped}</source>
        <translation>対応中のトラブル #{id}：{category}（{at} から）{stopped}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="105"/>
        <source>same buyer</source>
        <translation>同一購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="107"/>
        <source>same item</source>
        <translation>同一商品</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="109"/>
        <source>Suspicious orders ({kind}): {key}{pay}, {n} events {first} – {last}</source>
        <translation>不審な注文（{kind}）：{key}{pay}&#x3000;{n}件（{first}〜{last}）</translation>
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
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="245"/>
        <source>Points date in the future</source>
        <translation>未来の加点日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="246"/>
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
        <translation>点数:</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="127"/>
        <source>Added on:</source>
        <translation>加点日:</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="128"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="129"/>
        <source>After</source>
        <translation>加算後</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="130"/>
        <source>Sanctions in force on that day</source>
        <translation>その日に適用される制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="131"/>
        <source>No sanction would be in force on that day.</source>
        <translation>その日に適用される制裁はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="132"/>
        <source>Nothing is saved.</source>
        <translation>シミュレーションの内容は保存されません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="133"/>
        <source>Sanction</source>
        <translation>制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="133"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="133"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="133"/>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="134"/>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="157"/>
        <source>Could not compute the what-if</source>
        <translation>シミュレーションを計算できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="160"/>
        <source>&lt;b&gt;{points}&lt;/b&gt; points in {year}</source>
        <translation>{year}年の累積: &lt;b&gt;{points}&lt;/b&gt; 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="162"/>
        <source>{n} points left before level {level}</source>
        <translation>あと {n} 点でレベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="164"/>
        <source>Penalty fees this year: {fees}</source>
        <translation>今年の違約金: {fees}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="171"/>
        <source>Choose a shop first.</source>
        <translation>先に店舗を選んでください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="178"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="179"/>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="181"/>
        <source>Level {level}</source>
        <translation>レベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="180"/>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="182"/>
        <source>No level</source>
        <translation>レベルなし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="186"/>
        <source>&lt;b style=&apos;color:#b91c1c&apos;&gt;Level {level} would be reached.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b91c1c&apos;&gt;レベル {level} に達します。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="190"/>
        <source>{n} days</source>
        <translation>{n} 日</translation>
    </message>
</context>
</TS>
