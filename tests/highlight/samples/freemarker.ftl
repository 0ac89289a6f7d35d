<#-- a FreeMarker template in an ftl fence: Rouge reads ftl as Fluent -->
<#import "/layout.ftl" as layout>
<@layout.page title="Home">
  <h1>${user.name!"guest"}</h1>
  <#list items as item>
    <p>${item?index}: ${item.title}</p>
  </#list>
  <#if total > 0>Total = ${total}</#if>
</@layout.page>

welcome = Welcome, { $name }!
    .title = { -brand-name } home
