// Runs the workflow's actions/github-script step under node, as github-script does (an async function of
// require, github, context and core), against an in-memory pull request kept in a JSON file.
// Usage: node github_script.js SCRIPT STATE  (cwd holds report.md; STATE: {comments, next_id, refuse, warnings})
const fs = require("fs");
const [scriptPath, statePath] = process.argv.slice(2);
const state = JSON.parse(fs.readFileSync(statePath, "utf8"));

function refused() {
  if (!state.refuse) return;
  const error = new Error("Resource not accessible by integration");
  error.status = 403;
  throw error;
}

const issues = {
  async listComments({ issue_number }) {
    refused();
    return { data: state.comments.filter((c) => c.issue_number === issue_number) };
  },
  async createComment({ issue_number, body }) {
    refused();
    state.comments.push({ id: state.next_id++, issue_number, body, user: { type: "Bot" } });
  },
  async updateComment({ comment_id, body }) {
    refused();
    state.comments.find((c) => c.id === comment_id).body = body;
  },
};
const github = { rest: { issues }, paginate: async (method, params) => (await method(params)).data };
const context = {
  repo: { owner: "zstackio", repo: "zstack" },
  issue: { number: 7 },
  serverUrl: "https://github.com",
  runId: 42,
};
const core = { warning: (message) => state.warnings.push(message) };

const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
new AsyncFunction("require", "github", "context", "core", fs.readFileSync(scriptPath, "utf8"))(
  require, github, context, core,
).then(
  () => fs.writeFileSync(statePath, JSON.stringify(state)),
  (error) => { console.error(String(error)); process.exit(1); },
);
