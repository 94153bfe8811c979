<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
  <context>
    <name>reviewer</name>
    <message>
      <source>文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>字数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>禁止发布</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>说明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>批量检查</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件夹：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>要检查的文件夹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择文件夹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>包括子文件夹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>开始检查</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>停止</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>停止批量检查</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择一个文件夹，检查其中所有的 .docx、.pdf 和 .txt 文件。双击一行打开该文件。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>批量检查结果</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件列表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这个文件夹中没有 .docx、.pdf 或 .txt 文件。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已检查 {n} 个文件：{b} 个有禁止发布的问题，{e} 个无法读取。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已停止。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已检查</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在检查 {n} 个文件…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件夹不存在：{folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>出现了意外错误，操作没有完成。已经记下的审查决定不受影响。请把“详细信息”中的内容发给技术支持。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法完成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>错误提示</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>取消</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>登录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请选择用户并输入密码。不登录也可以检查文件，但不能记录审查决定。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用户：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>密码：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>不登录，只读查看</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请选择用户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请输入密码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>首次使用：创建管理员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这是第一次使用。请创建管理员账户（之后由管理员添加审查人和保密审查员），并确认数据保存位置。审查记录、部门词表和放行词都保存在数据目录中。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>管理员姓名：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>再次输入密码：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>数据目录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择数据目录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>数据目录：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请填写管理员姓名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>密码至少 6 位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>两次输入的密码不一致</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请选择数据目录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>开始审查</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这个文件还没有审查记录。请填写审批单信息（以后导出的审批单会用到），然后开始审查。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标题：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文号：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>送审单位：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>经办人：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>拟发布渠道：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>拟公开属性：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>公开属性依据：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>《中华人民共和国政府信息公开条例》第十九条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请填写标题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请填写理由</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>保密审查签发</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>签发人（保密审查员）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>签发人密码：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有保密审查员账户。请管理员先添加一位保密审查员。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请输入签发人的密码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>添加用户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>添加审查人、保密审查员等用户。需要管理员登录。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>姓名：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>角色：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>初始密码：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请填写姓名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>设置</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>界面语言：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>字号：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>高对比度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>配色：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开数据目录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>界面语言在下次启动时生效；字号和配色立即生效。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>操作</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>姓名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>角色</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>创建时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>关闭</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>核验审批单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择导出的审批单（.json 或 .docx），可同时选择发布的文件，核验它是否就是签发的文件。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审批单：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审批单 (*.json *.docx *.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>发布的文件（可不选）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件 (*.docx *.pdf *.txt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请选择审批单文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>确定</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>创建并登录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>理由：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>理由（可不填）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>签发</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>添加</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>保存</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>核验</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>错误代码：{code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>规则：{rule}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法读写文件：{path}
{reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择{what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>【隐藏内容：不显示，但会随文件发布】</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>草稿的文字，发现的问题按关口着色</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>【{label}】</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>［{kind}］</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>关口</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词条数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>版本</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>建议</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>级别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>生效</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>失效</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词表与放行词</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词表分类</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>随软件提供的词表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>部门词表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>放行词</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>随软件提供的词表只读，由软件更新维护。每个词表注明了来源文件和日期。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词表列表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词表来源</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>搜索词条…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>搜索词条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词条列表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>部门词表保存在用户数据目录中，检查时与随软件提供的词表一起使用。可以逐个添加词语，也可以导入 .lex 词表文件或每行一个词的文本清单（词语后可加 Tab 和建议用语）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词语</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>要添加的词语</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>建议用语（可不填）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>建议用语</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>部门词表词条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入词表文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词表文件 (*.lex)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入词语清单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文本文件 (*.txt);;所有文件 (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出词表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>放行词：检查时包含在这些词语中的问题不再提示（例如本单位的专有名称）。放行词不会放行密级标志和经过校验的身份证号、银行卡号等个人信息，它们必须在审查中逐项处置。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>要放行的词语</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>放行词列表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入放行词</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出放行词</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文本文件 (*.txt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在读取词表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>来源：{source}（{date}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>添加部门词语</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入词表文件…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入词语清单…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出所选词表…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除所选词条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请先选择要导出的词表中的任一词条。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>添加放行词</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除所选</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除所选放行词</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导出</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导入词表 {id}，共 {n} 个词条。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导入 {n} 个词语到 {gate}（词表 {id}）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新增 {n} 个放行词。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导出 {n} 个放行词。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法读取文件：{e}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>规则</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>原文</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>处置</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>位置</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label}（仍存在）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政治关</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>法律关</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政策关</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>保密关</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文字关</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>需人工判断</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>提示</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>通过</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>退回修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>不予公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>误报</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>接受风险</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审查人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>保密审查员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>培训师</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>管理员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正文</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>页眉</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>页脚</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>表格</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>脚注</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>尾注</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>批注</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文本框</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文档属性</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>修订</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>隐藏文字</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>不可见文字</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>嵌入对象</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>宏</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>外部链接</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF 注释</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF 附件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF 脚本</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>增量保存</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>假遮盖</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>门户网站</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政务新媒体</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政府信息公开专栏</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政府公报</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>其他</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>主动公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>依申请公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未决定</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>待处置</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{part}第{n}段</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第{page}页第{n}段</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第{section}节{part}第{n}段</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{part}{index}第{n}段</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>按关口筛选</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>按级别筛选</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>按处置状态筛选</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>搜索原文、说明、规则…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>搜索问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>问题统计</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>问题列表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>问题详情</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>处置理由（误报、接受风险时必填）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>处置理由</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>登录并开始审查后，才能处置问题。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>；标为已修改，但新版本中仍然存在，需要重新处置</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审查关口</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审查标题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>版本变化说明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审查状态说明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>签发状态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>签发…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>登录…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>开始审查…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>尚未打开文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>尚未开始审查。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请先在列表中选择要处置的问题。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开草稿后，这里显示五道关口的审查决定和签发条件。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未登录：只读查看。登录后可以记录审查决定。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>全部状态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已处置</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有发现问题。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>共 {n} 项（禁止发布 {b} 项），待处置 {o} 项；当前显示 {shown} 项</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（{user}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{gate}状态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件：{name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这个文件还没有开始审查。开始审查后可以记录各关决定。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{title}
第 {n} 版，{file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>各项条件已满足，可以由保密审查员签发。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>全部关口</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>全部级别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>处置为{label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>把选中的问题处置为「{label}」，快捷键 {key}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上下文</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>：{reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>「{label}」需要填写理由。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{gate}：{decision}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>　{user}，{time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本关问题：禁止发布 {b} 项，待处置 {o} 项</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已签发：{user}，{time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择一个问题查看详情。可以按住 Ctrl 或 Shift 选择多个，一起处置。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>依据</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>还不能签发：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>理由：{reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已选择 {n} 项，处置会同时作用于全部选中项。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>签发表示保密审查同意发布。签发前会再次计算文件的校验值，文件被改动过则拒绝签发。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>进度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>取消当前操作</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审查通：政府信息公开发布前审查</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开一份草稿（.docx、.pdf、.txt），工具会按政治关、法律关、政策关、保密关、文字关逐项检查，并列出每个问题的依据和建议。审查人对每个问题作出处置、对每道关口作出决定，最后由保密审查员签发。
也可以把文件拖到这个窗口里。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开草稿…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开草稿</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>批量检查文件夹…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>批量检查文件夹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>最近打开的文件（双击或按回车打开）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>最近打开的文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审查通</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审查通主窗口</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>当前用户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在准备词表…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件(&amp;F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开草稿(&amp;O)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>最近打开(&amp;R)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>批量检查文件夹(&amp;B)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>关闭文件(&amp;C)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>登录(&amp;L)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>退出登录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>退出(&amp;X)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审查(&amp;R)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>开始审查(&amp;S)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>重新检查(&amp;K)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>签发(&amp;G)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出审批单(&amp;E)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审查历史(&amp;H)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>核验审批单(&amp;V)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>工具(&amp;T)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词表与放行词(&amp;L)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用户管理(&amp;U)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>设置(&amp;S)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>视图(&amp;V)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>切换到下一个区域</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>帮助(&amp;H)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>快捷键(&amp;K)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>关于审查通(&amp;A)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出审查审批单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word 文档 (*.docx);;PDF 文件 (*.pdf);;JSON 数据 (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审查历史</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>谁在什么时候做了什么，包括文件改动造成的重置。每条记录都链入防篡改的审计链。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用户管理</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>只有管理员可以添加用户。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>添加用户…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词表已修改，下次检查时生效（按 F5 重新检查当前文件）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>快捷键</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>关于审查通</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在取消…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（还没有打开过文件）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词表已就绪</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在准备词表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法检查文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>部分内容无法检查</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已签发，不能再修改处置。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>登录后才能处置问题。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已签发</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>保密审查已签发。现在可以导出审查审批单（审查 &gt; 导出审批单）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开所在文件夹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在导出审批单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>重新检查</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>在文件内容、问题列表、审查关口之间切换</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>处置为已修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>处置为误报</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>处置为接受风险</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出审批单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未登录（只读）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件无法读取</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法读取文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} — 审查通</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请写明「{decision}」的理由，它会写入审批单。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>界面语言将在下次启动时更改。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审查通 {version}
政府信息公开发布前审查：政治关、法律关、政策关、保密关、文字关。
数据目录：{folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在检查 {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件：{path}
错误代码：{code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件的以下部分无法读取，检查结果不完整，请人工查看：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件已更改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>不能处置</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>目前还不能签发：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审查审批单已保存：
{path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>核验通过：审批单完整，未被改动。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>只能检查（{why}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>当前用户：{name}（{role}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>词表已就绪（{n} 个词表有问题，见工具 &gt; 词表）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>不能作出决定</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法导出</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>核验未通过：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>所选文件就是签发的文件。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这个文件在上次审查后被修改过，已作为新版本继续审查。</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
