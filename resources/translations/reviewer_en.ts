<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
  <context>
    <name>reviewer</name>
    <message>
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>字数</source>
      <translation>Characters</translation>
    </message>
    <message>
      <source>禁止发布</source>
      <translation>Must not publish</translation>
    </message>
    <message>
      <source>说明</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>批量检查</source>
      <translation>Batch check</translation>
    </message>
    <message>
      <source>文件夹：</source>
      <translation>Folder:</translation>
    </message>
    <message>
      <source>要检查的文件夹</source>
      <translation>Folder to check</translation>
    </message>
    <message>
      <source>选择…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>选择文件夹</source>
      <translation>Choose folder</translation>
    </message>
    <message>
      <source>包括子文件夹</source>
      <translation>Include subfolders</translation>
    </message>
    <message>
      <source>开始检查</source>
      <translation>Start check</translation>
    </message>
    <message>
      <source>停止</source>
      <translation>Stop</translation>
    </message>
    <message>
      <source>停止批量检查</source>
      <translation>Stop batch check</translation>
    </message>
    <message>
      <source>选择一个文件夹，检查其中所有的 .docx、.pdf 和 .txt 文件。双击一行打开该文件。</source>
      <translation>Choose a folder to check every .docx, .pdf and .txt file in it. Double-click a row to open that file.</translation>
    </message>
    <message>
      <source>批量检查结果</source>
      <translation>Batch check result</translation>
    </message>
    <message>
      <source>文件列表</source>
      <translation>File list</translation>
    </message>
    <message>
      <source>这个文件夹中没有 .docx、.pdf 或 .txt 文件。</source>
      <translation>This folder has no .docx, .pdf or .txt files.</translation>
    </message>
    <message>
      <source>已检查 {n} 个文件：{b} 个有禁止发布的问题，{e} 个无法读取。</source>
      <translation>Checked {n} files: {b} with must-not-publish issues, {e} unreadable.</translation>
    </message>
    <message>
      <source>已停止。</source>
      <translation>Stopped. </translation>
    </message>
    <message>
      <source>已检查</source>
      <translation>Checked</translation>
    </message>
    <message>
      <source>正在检查 {n} 个文件…</source>
      <translation>Checking {n} files…</translation>
    </message>
    <message>
      <source>文件夹不存在：{folder}</source>
      <translation>Folder does not exist: {folder}</translation>
    </message>
    <message>
      <source>出现了意外错误，操作没有完成。已经记下的审查决定不受影响。请把“详细信息”中的内容发给技术支持。</source>
      <translation>An unexpected error occurred and the operation was not completed. Review decisions already recorded are not affected. Please send the text under "Show Details" to support.</translation>
    </message>
    <message>
      <source>无法完成</source>
      <translation>Could not complete</translation>
    </message>
    <message>
      <source>错误提示</source>
      <translation>Error message</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>登录</source>
      <translation>Log in</translation>
    </message>
    <message>
      <source>请选择用户并输入密码。不登录也可以检查文件，但不能记录审查决定。</source>
      <translation>Choose a user and enter the password. Without logging in you can check files but not record review decisions.</translation>
    </message>
    <message>
      <source>用户：</source>
      <translation>User:</translation>
    </message>
    <message>
      <source>密码：</source>
      <translation>Password:</translation>
    </message>
    <message>
      <source>不登录，只读查看</source>
      <translation>Continue read-only</translation>
    </message>
    <message>
      <source>请选择用户</source>
      <translation>Please choose a user</translation>
    </message>
    <message>
      <source>请输入密码</source>
      <translation>Please enter the password</translation>
    </message>
    <message>
      <source>首次使用：创建管理员</source>
      <translation>First start: create the administrator</translation>
    </message>
    <message>
      <source>这是第一次使用。请创建管理员账户（之后由管理员添加审查人和保密审查员），并确认数据保存位置。审查记录、部门词表和放行词都保存在数据目录中。</source>
      <translation>This is the first start. Create the administrator account (the administrator then adds reviewers and secrecy officers) and confirm where data is kept. Review records, department lexicons and the allow-list are stored in the data folder.</translation>
    </message>
    <message>
      <source>管理员姓名：</source>
      <translation>Administrator name:</translation>
    </message>
    <message>
      <source>再次输入密码：</source>
      <translation>Repeat password:</translation>
    </message>
    <message>
      <source>数据目录</source>
      <translation>Data folder</translation>
    </message>
    <message>
      <source>选择数据目录</source>
      <translation>Choose data folder</translation>
    </message>
    <message>
      <source>数据目录：</source>
      <translation>Data folder:</translation>
    </message>
    <message>
      <source>请填写管理员姓名</source>
      <translation>Please enter the administrator's name</translation>
    </message>
    <message>
      <source>密码至少 6 位</source>
      <translation>The password needs at least 6 characters</translation>
    </message>
    <message>
      <source>两次输入的密码不一致</source>
      <translation>The two passwords differ</translation>
    </message>
    <message>
      <source>请选择数据目录</source>
      <translation>Please choose a data folder</translation>
    </message>
    <message>
      <source>开始审查</source>
      <translation>Start review</translation>
    </message>
    <message>
      <source>这个文件还没有审查记录。请填写审批单信息（以后导出的审批单会用到），然后开始审查。</source>
      <translation>This file has no review yet. Fill in the record details (used in the exported sign-off record), then start the review.</translation>
    </message>
    <message>
      <source>标题：</source>
      <translation>Title:</translation>
    </message>
    <message>
      <source>文号：</source>
      <translation>Document number:</translation>
    </message>
    <message>
      <source>送审单位：</source>
      <translation>Submitting unit:</translation>
    </message>
    <message>
      <source>经办人：</source>
      <translation>Case officer:</translation>
    </message>
    <message>
      <source>拟发布渠道：</source>
      <translation>Proposed channel:</translation>
    </message>
    <message>
      <source>拟公开属性：</source>
      <translation>Proposed disclosure:</translation>
    </message>
    <message>
      <source>公开属性依据：</source>
      <translation>Basis for disclosure:</translation>
    </message>
    <message>
      <source>请填写标题</source>
      <translation>Please enter a title</translation>
    </message>
    <message>
      <source>请填写理由</source>
      <translation>Please give a reason</translation>
    </message>
    <message>
      <source>保密审查签发</source>
      <translation>Secrecy sign-off</translation>
    </message>
    <message>
      <source>签发人（保密审查员）：</source>
      <translation>Signer (secrecy officer):</translation>
    </message>
    <message>
      <source>签发人密码：</source>
      <translation>Signer's password:</translation>
    </message>
    <message>
      <source>没有保密审查员账户。请管理员先添加一位保密审查员。</source>
      <translation>There is no secrecy officer account. Ask the administrator to add one first.</translation>
    </message>
    <message>
      <source>请输入签发人的密码</source>
      <translation>Please enter the signer's password</translation>
    </message>
    <message>
      <source>添加用户</source>
      <translation>Add user</translation>
    </message>
    <message>
      <source>添加审查人、保密审查员等用户。需要管理员登录。</source>
      <translation>Add reviewers, secrecy officers and other users. Requires an administrator login.</translation>
    </message>
    <message>
      <source>姓名：</source>
      <translation>Name:</translation>
    </message>
    <message>
      <source>角色：</source>
      <translation>Role:</translation>
    </message>
    <message>
      <source>初始密码：</source>
      <translation>Initial password:</translation>
    </message>
    <message>
      <source>请填写姓名</source>
      <translation>Please enter a name</translation>
    </message>
    <message>
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>界面语言：</source>
      <translation>Interface language:</translation>
    </message>
    <message>
      <source>字号：</source>
      <translation>Font size:</translation>
    </message>
    <message>
      <source>标准</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>高对比度</source>
      <translation>High contrast</translation>
    </message>
    <message>
      <source>配色：</source>
      <translation>Colours:</translation>
    </message>
    <message>
      <source>打开</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>打开数据目录</source>
      <translation>Open data folder</translation>
    </message>
    <message>
      <source>界面语言在下次启动时生效；字号和配色立即生效。</source>
      <translation>The interface language changes at the next start; font size and colours change at once.</translation>
    </message>
    <message>
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>用户</source>
      <translation>User</translation>
    </message>
    <message>
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>创建时间</source>
      <translation>Created</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>核验审批单</source>
      <translation>Verify record</translation>
    </message>
    <message>
      <source>选择导出的 JSON 格式审批单，可同时选择要发布的文件，核验审批单未被改动、该文件就是签发的文件。</source>
      <translation>Choose an exported JSON sign-off record, and optionally the file to be published, to verify that the record is unchanged and the file is the one signed off.</translation>
    </message>
    <message>
      <source>审批单：</source>
      <translation>Record:</translation>
    </message>
    <message>
      <source>JSON 审批单 (*.json)</source>
      <translation>JSON records (*.json)</translation>
    </message>
    <message>
      <source>发布的文件（可不选）：</source>
      <translation>Published file (optional):</translation>
    </message>
    <message>
      <source>文件 (*.docx *.pdf *.txt)</source>
      <translation>Files (*.docx *.pdf *.txt)</translation>
    </message>
    <message>
      <source>请选择审批单文件</source>
      <translation>Please choose a record file</translation>
    </message>
    <message>
      <source>确定</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>创建并登录</source>
      <translation>Create and log in</translation>
    </message>
    <message>
      <source>理由：</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <source>理由（可不填）：</source>
      <translation>Reason (optional):</translation>
    </message>
    <message>
      <source>签发</source>
      <translation>Sign off</translation>
    </message>
    <message>
      <source>添加</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>核验</source>
      <translation>Verify</translation>
    </message>
    <message>
      <source>错误代码：{code}</source>
      <translation>Error code: {code}</translation>
    </message>
    <message>
      <source>规则：{rule}</source>
      <translation>Rule: {rule}</translation>
    </message>
    <message>
      <source>无法读写文件：{path}
{reason}</source>
      <translation>Cannot read or write the file: {path}
{reason}</translation>
    </message>
    <message>
      <source>选择{what}</source>
      <translation>Choose {what}</translation>
    </message>
    <message>
      <source>【隐藏内容：不显示，但会随文件发布】</source>
      <translation>[Hidden content: not shown, but published with the file]</translation>
    </message>
    <message>
      <source>文件内容</source>
      <translation>File content</translation>
    </message>
    <message>
      <source>草稿的文字，发现的问题按关口着色</source>
      <translation>The draft's text, with issues coloured by gate</translation>
    </message>
    <message>
      <source>【{label}】</source>
      <translation>[{label}]</translation>
    </message>
    <message>
      <source>［{kind}］</source>
      <translation>[{kind}] </translation>
    </message>
    <message>
      <source>词表</source>
      <translation>Lexicon</translation>
    </message>
    <message>
      <source>关口</source>
      <translation>Gate</translation>
    </message>
    <message>
      <source>词条数</source>
      <translation>Entries</translation>
    </message>
    <message>
      <source>版本</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>词条</source>
      <translation>Entry</translation>
    </message>
    <message>
      <source>建议</source>
      <translation>Suggestion</translation>
    </message>
    <message>
      <source>级别</source>
      <translation>Severity</translation>
    </message>
    <message>
      <source>生效</source>
      <translation>Since</translation>
    </message>
    <message>
      <source>失效</source>
      <translation>Until</translation>
    </message>
    <message>
      <source>词表与放行词</source>
      <translation>Lexicons and allow-list</translation>
    </message>
    <message>
      <source>词表分类</source>
      <translation>Lexicon kinds</translation>
    </message>
    <message>
      <source>随软件提供的词表</source>
      <translation>Shipped lexicons</translation>
    </message>
    <message>
      <source>部门词表</source>
      <translation>Department lexicons</translation>
    </message>
    <message>
      <source>放行词</source>
      <translation>Allow-list</translation>
    </message>
    <message>
      <source>随软件提供的词表只读，由软件更新维护。每个词表注明了来源文件和日期。</source>
      <translation>Shipped lexicons are read-only and maintained with the software. Each names its source document and date.</translation>
    </message>
    <message>
      <source>词表列表</source>
      <translation>Lexicon list</translation>
    </message>
    <message>
      <source>词表来源</source>
      <translation>Lexicon source</translation>
    </message>
    <message>
      <source>搜索词条…</source>
      <translation>Search entries…</translation>
    </message>
    <message>
      <source>搜索词条</source>
      <translation>Search entries</translation>
    </message>
    <message>
      <source>词条列表</source>
      <translation>Entry list</translation>
    </message>
    <message>
      <source>部门词表保存在用户数据目录中，检查时与随软件提供的词表一起使用。可以逐个添加词语，也可以导入 .lex 词表文件或每行一个词的文本清单（词语后可加 Tab 和建议用语）。</source>
      <translation>Department lexicons are kept in the user data folder and used together with the shipped lexicons. Add terms one by one, or import a .lex file or a plain list with one term per line (optionally a Tab and a suggestion).</translation>
    </message>
    <message>
      <source>词语</source>
      <translation>Term</translation>
    </message>
    <message>
      <source>要添加的词语</source>
      <translation>Term to add</translation>
    </message>
    <message>
      <source>建议用语（可不填）</source>
      <translation>Suggestion (optional)</translation>
    </message>
    <message>
      <source>建议用语</source>
      <translation>Suggestion</translation>
    </message>
    <message>
      <source>部门词表词条</source>
      <translation>Department entries</translation>
    </message>
    <message>
      <source>导入词表文件</source>
      <translation>Import lexicon file</translation>
    </message>
    <message>
      <source>词表文件 (*.lex)</source>
      <translation>Lexicon files (*.lex)</translation>
    </message>
    <message>
      <source>导入词语清单</source>
      <translation>Import term list</translation>
    </message>
    <message>
      <source>文本文件 (*.txt);;所有文件 (*)</source>
      <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
      <source>导出词表</source>
      <translation>Export lexicon</translation>
    </message>
    <message>
      <source>放行词：检查时包含在这些词语中的问题不再提示（例如本单位的专有名称）。放行词不会放行密级标志和经过校验的身份证号、银行卡号等个人信息，它们必须在审查中逐项处置。</source>
      <translation>Allow-list: issues inside these phrases are no longer reported (for example your unit's own names). The allow-list never silences secrecy markings or validated ID and bank card numbers; those must be dispositioned one by one in the review.</translation>
    </message>
    <message>
      <source>要放行的词语</source>
      <translation>Phrase to allow</translation>
    </message>
    <message>
      <source>放行词列表</source>
      <translation>Allow-list entries</translation>
    </message>
    <message>
      <source>导入放行词</source>
      <translation>Import allow-list</translation>
    </message>
    <message>
      <source>导出放行词</source>
      <translation>Export allow-list</translation>
    </message>
    <message>
      <source>文本文件 (*.txt)</source>
      <translation>Text files (*.txt)</translation>
    </message>
    <message>
      <source>正在读取词表</source>
      <translation>Reading lexicons</translation>
    </message>
    <message>
      <source>来源：{source}（{date}）</source>
      <translation>Source: {source} ({date})</translation>
    </message>
    <message>
      <source>添加部门词语</source>
      <translation>Add department term</translation>
    </message>
    <message>
      <source>导入词表文件…</source>
      <translation>Import lexicon file…</translation>
    </message>
    <message>
      <source>导入词语清单…</source>
      <translation>Import term list…</translation>
    </message>
    <message>
      <source>导出所选词表…</source>
      <translation>Export selected lexicon…</translation>
    </message>
    <message>
      <source>删除所选词条</source>
      <translation>Delete selected entries</translation>
    </message>
    <message>
      <source>已导入</source>
      <translation>Imported</translation>
    </message>
    <message>
      <source>请先选择要导出的词表中的任一词条。</source>
      <translation>First select any entry of the lexicon to export.</translation>
    </message>
    <message>
      <source>添加放行词</source>
      <translation>Add to allow-list</translation>
    </message>
    <message>
      <source>删除所选</source>
      <translation>Delete selected</translation>
    </message>
    <message>
      <source>删除所选放行词</source>
      <translation>Delete selected allow-list entries</translation>
    </message>
    <message>
      <source>导入…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <source>导出…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>已导出</source>
      <translation>Exported</translation>
    </message>
    <message>
      <source>已导入词表 {id}，共 {n} 个词条。</source>
      <translation>Imported lexicon {id} with {n} entries.</translation>
    </message>
    <message>
      <source>已导入 {n} 个词语到 {gate}（词表 {id}）。</source>
      <translation>Imported {n} terms into {gate} (lexicon {id}).</translation>
    </message>
    <message>
      <source>新增 {n} 个放行词。</source>
      <translation>Added {n} allow-list entries.</translation>
    </message>
    <message>
      <source>已导出 {n} 个放行词。</source>
      <translation>Exported {n} allow-list entries.</translation>
    </message>
    <message>
      <source>无法读取文件：{e}</source>
      <translation>Cannot read the file: {e}</translation>
    </message>
    <message>
      <source>规则</source>
      <translation>Rule</translation>
    </message>
    <message>
      <source>原文</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>处置</source>
      <translation>Disposition</translation>
    </message>
    <message>
      <source>位置</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>{label}（仍存在）</source>
      <translation>{label} (still present)</translation>
    </message>
    <message>
      <source>政治关</source>
      <translation>Political</translation>
    </message>
    <message>
      <source>法律关</source>
      <translation>Legal</translation>
    </message>
    <message>
      <source>政策关</source>
      <translation>Policy</translation>
    </message>
    <message>
      <source>保密关</source>
      <translation>Secrecy</translation>
    </message>
    <message>
      <source>文字关</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>需人工判断</source>
      <translation>Needs review</translation>
    </message>
    <message>
      <source>提示</source>
      <translation>Info</translation>
    </message>
    <message>
      <source>通过</source>
      <translation>Pass</translation>
    </message>
    <message>
      <source>退回修改</source>
      <translation>Return</translation>
    </message>
    <message>
      <source>不予公开</source>
      <translation>Withhold</translation>
    </message>
    <message>
      <source>已修改</source>
      <translation>Fixed</translation>
    </message>
    <message>
      <source>误报</source>
      <translation>False positive</translation>
    </message>
    <message>
      <source>接受风险</source>
      <translation>Accept risk</translation>
    </message>
    <message>
      <source>审查人</source>
      <translation>Reviewer</translation>
    </message>
    <message>
      <source>保密审查员</source>
      <translation>Secrecy officer</translation>
    </message>
    <message>
      <source>培训师</source>
      <translation>Trainer</translation>
    </message>
    <message>
      <source>管理员</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>正文</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>页眉</source>
      <translation>Header</translation>
    </message>
    <message>
      <source>页脚</source>
      <translation>Footer</translation>
    </message>
    <message>
      <source>表格</source>
      <translation>Table</translation>
    </message>
    <message>
      <source>脚注</source>
      <translation>Footnote</translation>
    </message>
    <message>
      <source>尾注</source>
      <translation>Endnote</translation>
    </message>
    <message>
      <source>批注</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>文本框</source>
      <translation>Text box</translation>
    </message>
    <message>
      <source>文档属性</source>
      <translation>Properties</translation>
    </message>
    <message>
      <source>页</source>
      <translation>Page</translation>
    </message>
    <message>
      <source>修订</source>
      <translation>Tracked change</translation>
    </message>
    <message>
      <source>隐藏文字</source>
      <translation>Hidden text</translation>
    </message>
    <message>
      <source>不可见文字</source>
      <translation>Invisible text</translation>
    </message>
    <message>
      <source>嵌入对象</source>
      <translation>Embedded object</translation>
    </message>
    <message>
      <source>宏</source>
      <translation>Macro</translation>
    </message>
    <message>
      <source>外部链接</source>
      <translation>External link</translation>
    </message>
    <message>
      <source>PDF 注释</source>
      <translation>PDF annotation</translation>
    </message>
    <message>
      <source>PDF 附件</source>
      <translation>PDF attachment</translation>
    </message>
    <message>
      <source>PDF 脚本</source>
      <translation>PDF script</translation>
    </message>
    <message>
      <source>增量保存</source>
      <translation>Incremental save</translation>
    </message>
    <message>
      <source>假遮盖</source>
      <translation>Fake redaction</translation>
    </message>
    <message>
      <source>门户网站</source>
      <translation>Portal website</translation>
    </message>
    <message>
      <source>政务新媒体</source>
      <translation>Government new media</translation>
    </message>
    <message>
      <source>公开专栏</source>
      <translation>Open government column</translation>
    </message>
    <message>
      <source>政府公报</source>
      <translation>Government gazette</translation>
    </message>
    <message>
      <source>新闻发布会</source>
      <translation>Press conference</translation>
    </message>
    <message>
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>主动公开</source>
      <translation>Proactive disclosure</translation>
    </message>
    <message>
      <source>依申请公开</source>
      <translation>Disclosure on request</translation>
    </message>
    <message>
      <source>未决定</source>
      <translation>Not decided</translation>
    </message>
    <message>
      <source>待处置</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>{part}第{n}段</source>
      <translation>{part}, paragraph {n}</translation>
    </message>
    <message>
      <source>第{page}页第{n}段</source>
      <translation>Page {page}, paragraph {n}</translation>
    </message>
    <message>
      <source>第{section}节{part}第{n}段</source>
      <translation>Section {section} {part}, paragraph {n}</translation>
    </message>
    <message>
      <source>{part}{index}第{n}段</source>
      <translation>{part} {index}, paragraph {n}</translation>
    </message>
    <message>
      <source>页面图像</source>
      <translation>Page image</translation>
    </message>
    <message>
      <source>页面视图</source>
      <translation>Page view</translation>
    </message>
    <message>
      <source>PDF 页面原样显示，发现的问题用关口颜色的方框标出</source>
      <translation>The PDF pages as printed, each finding boxed in its gate's colour</translation>
    </message>
    <message>
      <source>页面</source>
      <translation>Page</translation>
    </message>
    <message>
      <source>页面工具栏</source>
      <translation>Page toolbar</translation>
    </message>
    <message>
      <source>上一页</source>
      <translation>Previous page</translation>
    </message>
    <message>
      <source>下一页</source>
      <translation>Next page</translation>
    </message>
    <message>
      <source>页码</source>
      <translation>Page number</translation>
    </message>
    <message>
      <source>转到页</source>
      <translation>Go to page</translation>
    </message>
    <message>
      <source>适合宽度</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <source>缩小</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <source>放大</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <source>正在显示页面</source>
      <translation>Showing the page</translation>
    </message>
    <message>
      <source>正在显示页面…</source>
      <translation>Showing the page…</translation>
    </message>
    <message>
      <source>/ {n} 页</source>
      <translation>of {n}</translation>
    </message>
    <message>
      <source>这一页无法显示：{error}</source>
      <translation>This page cannot be shown: {error}</translation>
    </message>
    <message>
      <source>按关口筛选</source>
      <translation>Filter by gate</translation>
    </message>
    <message>
      <source>按级别筛选</source>
      <translation>Filter by severity</translation>
    </message>
    <message>
      <source>按处置状态筛选</source>
      <translation>Filter by disposition</translation>
    </message>
    <message>
      <source>搜索原文、说明、规则…</source>
      <translation>Search text, message, rule…</translation>
    </message>
    <message>
      <source>搜索问题</source>
      <translation>Search issues</translation>
    </message>
    <message>
      <source>问题统计</source>
      <translation>Issue count</translation>
    </message>
    <message>
      <source>问题列表</source>
      <translation>Issue list</translation>
    </message>
    <message>
      <source>问题详情</source>
      <translation>Issue details</translation>
    </message>
    <message>
      <source>处置理由（误报、接受风险时必填）</source>
      <translation>Reason (required for false positive and accept risk)</translation>
    </message>
    <message>
      <source>处置理由</source>
      <translation>Disposition reason</translation>
    </message>
    <message>
      <source>登录并开始审查后，才能处置问题。</source>
      <translation>Log in and start the review to disposition issues.</translation>
    </message>
    <message>
      <source>；标为已修改，但新版本中仍然存在，需要重新处置</source>
      <translation>; marked fixed but still present in the new revision, disposition again</translation>
    </message>
    <message>
      <source>审查关口</source>
      <translation>Review gates</translation>
    </message>
    <message>
      <source>审查标题</source>
      <translation>Review title</translation>
    </message>
    <message>
      <source>版本变化说明</source>
      <translation>Revision change note</translation>
    </message>
    <message>
      <source>审查状态说明</source>
      <translation>Review state note</translation>
    </message>
    <message>
      <source>签发状态</source>
      <translation>Sign-off state</translation>
    </message>
    <message>
      <source>签发…</source>
      <translation>Sign off…</translation>
    </message>
    <message>
      <source>登录…</source>
      <translation>Log in…</translation>
    </message>
    <message>
      <source>开始审查…</source>
      <translation>Start review…</translation>
    </message>
    <message>
      <source>尚未打开文件</source>
      <translation>No file open</translation>
    </message>
    <message>
      <source>尚未开始审查。</source>
      <translation>The review has not started.</translation>
    </message>
    <message>
      <source>请先在列表中选择要处置的问题。</source>
      <translation>First select the issues to disposition in the list.</translation>
    </message>
    <message>
      <source>打开草稿后，这里显示五道关口的审查决定和签发条件。</source>
      <translation>Once a draft is open, the five gates' decisions and the sign-off conditions appear here.</translation>
    </message>
    <message>
      <source>未登录：只读查看。登录后可以记录审查决定。</source>
      <translation>Not logged in: read-only. Log in to record review decisions.</translation>
    </message>
    <message>
      <source>全部状态</source>
      <translation>All states</translation>
    </message>
    <message>
      <source>已处置</source>
      <translation>Dispositioned</translation>
    </message>
    <message>
      <source>没有发现问题。</source>
      <translation>No issues found.</translation>
    </message>
    <message>
      <source>正在检查，发现的问题会列在这里。</source>
      <translation>Checking; the issues found will be listed here.</translation>
    </message>
    <message>
      <source>共 {n} 项（禁止发布 {b} 项），待处置 {o} 项；当前显示 {shown} 项</source>
      <translation>{n} issues ({b} must not publish), {o} open; showing {shown}</translation>
    </message>
    <message>
      <source>（{user}）</source>
      <translation> ({user})</translation>
    </message>
    <message>
      <source>{gate}状态</source>
      <translation>{gate} state</translation>
    </message>
    <message>
      <source>文件：{name}</source>
      <translation>File: {name}</translation>
    </message>
    <message>
      <source>这个文件还没有开始审查。开始审查后可以记录各关决定。</source>
      <translation>This file's review has not started. Start it to record gate decisions.</translation>
    </message>
    <message>
      <source>{title}
第 {n} 稿，{file}</source>
      <translation>{title}
Revision {n}, {file}</translation>
    </message>
    <message>
      <source>各项条件已满足，可以由保密审查员签发。</source>
      <translation>All conditions hold; a secrecy officer can sign off.</translation>
    </message>
    <message>
      <source>全部关口</source>
      <translation>All gates</translation>
    </message>
    <message>
      <source>全部级别</source>
      <translation>All severities</translation>
    </message>
    <message>
      <source>处置为{label}</source>
      <translation>Disposition as {label}</translation>
    </message>
    <message>
      <source>把选中的问题处置为「{label}」，快捷键 {key}</source>
      <translation>Disposition the selected issues as "{label}", shortcut {key}</translation>
    </message>
    <message>
      <source>上下文</source>
      <translation>Context</translation>
    </message>
    <message>
      <source>：{reason}</source>
      <translation>: {reason}</translation>
    </message>
    <message>
      <source>「{label}」需要填写理由。</source>
      <translation>"{label}" needs a reason.</translation>
    </message>
    <message>
      <source>{gate}：{decision}</source>
      <translation>{gate}: {decision}</translation>
    </message>
    <message>
      <source>　{user}，{time}</source>
      <translation>  {user}, {time}</translation>
    </message>
    <message>
      <source>{gate}（禁止发布 {b}，待处置 {o}）</source>
      <translation>{gate} ({b} must not publish, {o} open)</translation>
    </message>
    <message>
      <source>已签发：{user}，{time}</source>
      <translation>Signed off: {user}, {time}</translation>
    </message>
    <message>
      <source>选择一个问题查看详情。可以按住 Ctrl 或 Shift 选择多个，一起处置。</source>
      <translation>Select an issue to see its details. Hold Ctrl or Shift to select several and disposition them together.</translation>
    </message>
    <message>
      <source>依据</source>
      <translation>Basis</translation>
    </message>
    <message>
      <source>（沿用第 {n} 稿的决定）</source>
      <translation> (carried over from revision {n})</translation>
    </message>
    <message>
      <source>还不能签发：</source>
      <translation>Cannot sign off yet:</translation>
    </message>
    <message>
      <source>理由：{reason}</source>
      <translation>Reason: {reason}</translation>
    </message>
    <message>
      <source>已选择 {n} 项，处置会同时作用于全部选中项。</source>
      <translation>{n} selected; a disposition applies to all of them.</translation>
    </message>
    <message>
      <source>草稿 (*.docx *.pdf *.txt);;所有文件 (*)</source>
      <translation>Drafts (*.docx *.pdf *.txt);;All files (*)</translation>
    </message>
    <message>
      <source>签发表示保密审查同意发布。签发前会再次计算文件的校验值，文件被改动过则拒绝签发。</source>
      <translation>Signing off means the secrecy review approves publication. The file's checksum is computed again first; a changed file is refused.</translation>
    </message>
    <message>
      <source>进度</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>取消当前操作</source>
      <translation>Cancel the current operation</translation>
    </message>
    <message>
      <source>审查通：政府信息公开发布前审查</source>
      <translation>Reviewer: pre-publication review of government information</translation>
    </message>
    <message>
      <source>打开一份草稿（.docx、.pdf、.txt），工具会按政治关、法律关、政策关、保密关、文字关逐项检查，并列出每个问题的依据和建议。审查人对每个问题作出处置、对每道关口作出决定，最后由保密审查员签发。
也可以把文件拖到这个窗口里。</source>
      <translation>Open a draft (.docx, .pdf, .txt) and it is checked at the political, legal, policy, secrecy and text gates, each issue with its basis and a suggestion. Reviewers disposition each issue and decide each gate; a secrecy officer signs off.
You can also drop a file on this window.</translation>
    </message>
    <message>
      <source>打开草稿…</source>
      <translation>Open draft…</translation>
    </message>
    <message>
      <source>打开草稿</source>
      <translation>Open draft</translation>
    </message>
    <message>
      <source>批量检查文件夹…</source>
      <translation>Check a folder…</translation>
    </message>
    <message>
      <source>批量检查文件夹</source>
      <translation>Check a folder</translation>
    </message>
    <message>
      <source>最近打开的文件（双击或按回车打开）：</source>
      <translation>Recent files (double-click or press Enter to open):</translation>
    </message>
    <message>
      <source>最近打开的文件</source>
      <translation>Recent files</translation>
    </message>
    <message>
      <source>审查通</source>
      <translation>Reviewer</translation>
    </message>
    <message>
      <source>审查通主窗口</source>
      <translation>Reviewer main window</translation>
    </message>
    <message>
      <source>文字</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>文件视图：文字或页面</source>
      <translation>Document view: text or page</translation>
    </message>
    <message>
      <source>切换文字视图和页面视图（Ctrl+T）</source>
      <translation>Switch between text view and page view (Ctrl+T)</translation>
    </message>
    <message>
      <source>当前用户</source>
      <translation>Current user</translation>
    </message>
    <message>
      <source>正在准备词表…</source>
      <translation>Preparing lexicons…</translation>
    </message>
    <message>
      <source>文件(&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>打开草稿(&amp;O)…</source>
      <translation>&amp;Open draft…</translation>
    </message>
    <message>
      <source>最近打开(&amp;R)</source>
      <translation>&amp;Recent files</translation>
    </message>
    <message>
      <source>批量检查文件夹(&amp;B)…</source>
      <translation>&amp;Batch check folder…</translation>
    </message>
    <message>
      <source>关闭文件(&amp;C)</source>
      <translation>&amp;Close file</translation>
    </message>
    <message>
      <source>登录(&amp;L)…</source>
      <translation>&amp;Log in…</translation>
    </message>
    <message>
      <source>退出登录</source>
      <translation>Log out</translation>
    </message>
    <message>
      <source>退出(&amp;X)</source>
      <translation>E&amp;xit</translation>
    </message>
    <message>
      <source>审查(&amp;R)</source>
      <translation>&amp;Review</translation>
    </message>
    <message>
      <source>开始审查(&amp;S)…</source>
      <translation>&amp;Start review…</translation>
    </message>
    <message>
      <source>重新检查(&amp;K)</source>
      <translation>Chec&amp;k again</translation>
    </message>
    <message>
      <source>签发(&amp;G)…</source>
      <translation>Si&amp;gn off…</translation>
    </message>
    <message>
      <source>导出审批单(&amp;E)…</source>
      <translation>&amp;Export record…</translation>
    </message>
    <message>
      <source>审查历史(&amp;H)…</source>
      <translation>&amp;History…</translation>
    </message>
    <message>
      <source>核验审批单(&amp;V)…</source>
      <translation>&amp;Verify record…</translation>
    </message>
    <message>
      <source>工具(&amp;T)</source>
      <translation>&amp;Tools</translation>
    </message>
    <message>
      <source>词表与放行词(&amp;L)…</source>
      <translation>&amp;Lexicons and allow-list…</translation>
    </message>
    <message>
      <source>用户管理(&amp;U)…</source>
      <translation>&amp;Users…</translation>
    </message>
    <message>
      <source>设置(&amp;S)…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <source>视图(&amp;V)</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>切换到下一个区域</source>
      <translation>Next pane</translation>
    </message>
    <message>
      <source>页面视图(&amp;P)</source>
      <translation>&amp;Page view</translation>
    </message>
    <message>
      <source>帮助(&amp;H)</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>快捷键(&amp;K)</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <source>关于审查通(&amp;A)</source>
      <translation>&amp;About Reviewer</translation>
    </message>
    <message>
      <source>导出审查审批单</source>
      <translation>Export sign-off record</translation>
    </message>
    <message>
      <source>Word 文档 (*.docx);;PDF 文件 (*.pdf);;JSON 数据 (*.json)</source>
      <translation>Word document (*.docx);;PDF file (*.pdf);;JSON data (*.json)</translation>
    </message>
    <message>
      <source>审查历史</source>
      <translation>Review history</translation>
    </message>
    <message>
      <source>谁在什么时候做了什么，包括文件改动造成的重置。每条记录都链入防篡改的审计链。</source>
      <translation>Who did what and when, including resets caused by file changes. Every entry is linked into the tamper-evident audit chain.</translation>
    </message>
    <message>
      <source>用户管理</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>只有管理员可以添加用户。</source>
      <translation>Only an administrator can add users.</translation>
    </message>
    <message>
      <source>添加用户…</source>
      <translation>Add user…</translation>
    </message>
    <message>
      <source>词表已修改，下次检查时生效（按 F5 重新检查当前文件）</source>
      <translation>Lexicons changed; they apply to the next check (press F5 to check the current file again)</translation>
    </message>
    <message>
      <source>快捷键</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <source>关于审查通</source>
      <translation>About Reviewer</translation>
    </message>
    <message>
      <source>正在取消…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <source>（还没有打开过文件）</source>
      <translation>(no files opened yet)</translation>
    </message>
    <message>
      <source>词表已就绪</source>
      <translation>Lexicons ready</translation>
    </message>
    <message>
      <source>正在准备词表</source>
      <translation>Preparing lexicons</translation>
    </message>
    <message>
      <source>读取审查记录</source>
      <translation>Reading the review record</translation>
    </message>
    <message>
      <source>无法检查文件</source>
      <translation>Cannot check the file</translation>
    </message>
    <message>
      <source>部分内容无法检查</source>
      <translation>Some content could not be checked</translation>
    </message>
    <message>
      <source>文件已更改</source>
      <translation>File changed</translation>
    </message>
    <message>
      <source>已签发，不能再修改处置。</source>
      <translation>Signed off; dispositions can no longer change.</translation>
    </message>
    <message>
      <source>登录后才能处置问题。</source>
      <translation>Log in to disposition issues.</translation>
    </message>
    <message>
      <source>已签发</source>
      <translation>Signed off</translation>
    </message>
    <message>
      <source>保密审查已签发。现在可以导出审查审批单（审查 &gt; 导出审批单）。</source>
      <translation>The secrecy review is signed off. You can now export the sign-off record (Review &gt; Export record).</translation>
    </message>
    <message>
      <source>打开所在文件夹</source>
      <translation>Open containing folder</translation>
    </message>
    <message>
      <source>正在导出审批单</source>
      <translation>Exporting the record</translation>
    </message>
    <message>
      <source>重新检查</source>
      <translation>Check again</translation>
    </message>
    <message>
      <source>在文件内容、问题列表、审查关口之间切换</source>
      <translation>Move between file content, issue list and review gates</translation>
    </message>
    <message>
      <source>PDF：切换文字视图和页面视图</source>
      <translation>PDF: switch between text view and page view</translation>
    </message>
    <message>
      <source>页面视图：上一页、下一页</source>
      <translation>Page view: previous page, next page</translation>
    </message>
    <message>
      <source>页面视图：转到页</source>
      <translation>Page view: go to page</translation>
    </message>
    <message>
      <source>页面视图：放大、缩小、适合宽度</source>
      <translation>Page view: zoom in, zoom out, fit width</translation>
    </message>
    <message>
      <source>处置为已修改</source>
      <translation>Disposition as fixed</translation>
    </message>
    <message>
      <source>处置为误报</source>
      <translation>Disposition as false positive</translation>
    </message>
    <message>
      <source>处置为接受风险</source>
      <translation>Disposition as accepted risk</translation>
    </message>
    <message>
      <source>导出审批单</source>
      <translation>Export record</translation>
    </message>
    <message>
      <source>未登录（只读）</source>
      <translation>Not logged in (read-only)</translation>
    </message>
    <message>
      <source>文件无法读取</source>
      <translation>The file cannot be read</translation>
    </message>
    <message>
      <source>无法读取文件</source>
      <translation>Cannot read the file</translation>
    </message>
    <message>
      <source>{name} — 审查通</source>
      <translation>{name} — Reviewer</translation>
    </message>
    <message>
      <source>请写明「{decision}」的理由，它会写入审批单。</source>
      <translation>Give the reason for "{decision}"; it goes into the sign-off record.</translation>
    </message>
    <message>
      <source>界面语言将在下次启动时更改。</source>
      <translation>The interface language changes at the next start.</translation>
    </message>
    <message>
      <source>审查通 {version}
政府信息公开发布前审查：政治关、法律关、政策关、保密关、文字关。
数据目录：{folder}</source>
      <translation>Reviewer {version}
Pre-publication review of government information: political, legal, policy, secrecy and text gates.
Data folder: {folder}</translation>
    </message>
    <message>
      <source>正在检查 {name}</source>
      <translation>Checking {name}</translation>
    </message>
    <message>
      <source>文件：{path}
错误代码：{code}</source>
      <translation>File: {path}
Error code: {code}</translation>
    </message>
    <message>
      <source>文件的以下部分无法读取，检查结果不完整，请人工查看：</source>
      <translation>These parts of the file could not be read; the result is incomplete, check them by hand:</translation>
    </message>
    <message>
      <source>这个文件在上次审查后被修改过，已作为新版本继续审查。</source>
      <translation>This file changed since the last review; the review continues with a new revision.</translation>
    </message>
    <message>
      <source>不能处置</source>
      <translation>Cannot disposition</translation>
    </message>
    <message>
      <source>目前还不能签发：</source>
      <translation>Sign-off is not possible yet:</translation>
    </message>
    <message>
      <source>审查审批单已保存：
{path}</source>
      <translation>Sign-off record saved:
{path}</translation>
    </message>
    <message>
      <source>核验通过：审批单完整，未被改动。</source>
      <translation>Verified: the record is complete and unchanged. </translation>
    </message>
    <message>
      <source>只能检查（{why}）</source>
      <translation>Check only ({why})</translation>
    </message>
    <message>
      <source>当前用户：{name}（{role}）</source>
      <translation>User: {name} ({role})</translation>
    </message>
    <message>
      <source>词表已就绪（{n} 个词表有问题，见工具 &gt; 词表）</source>
      <translation>Lexicons ready ({n} problems, see Tools &gt; Lexicons)</translation>
    </message>
    <message>
      <source>不能作出决定</source>
      <translation>Cannot decide</translation>
    </message>
    <message>
      <source>无法导出</source>
      <translation>Cannot export</translation>
    </message>
    <message>
      <source>核验未通过：</source>
      <translation>Verification failed:</translation>
    </message>
    <message>
      <source>所选文件就是签发的文件。</source>
      <translation>The chosen file is the signed-off file.</translation>
    </message>
  </context>
</TS>
