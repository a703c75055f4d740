import { Plugin } from 'obsidian';

export default class InterviewFollowUpPlugin extends Plugin {
  override async onload(): Promise<void> {
    await Promise.resolve();
  }
}
