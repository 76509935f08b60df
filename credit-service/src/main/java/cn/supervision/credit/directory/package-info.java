/** Which objects the registry knows (检查对象名录库, as far as credit needs it): to flag events about unknown objects. */
package cn.supervision.credit.directory;
