#!/usr/bin/env groovy
import groovy.json.JsonSlurper
import static java.lang.Math.*

@Library('shared') _

class Site implements Serializable {
    private static final int PORT = 4000
    String name = "blog"
    public static void main(String[] args) {
        def slurper = new JsonSlurper()
        println "Serving ${name} on $PORT"
    }
    protected List<String> pages(int limit) { return [] }
}

pipeline {
    agent any
    stages {
        stage('Build') {
            steps {
                sh '''bundle install
                      bundle exec jekyll build'''
                script {
                    def files = findFiles(glob: '**/*.html')
                    assert files.size() > 0 : "no pages"
                    def re = /_site\/.*\.html/
                    def dollar = $/path/to/$site/$
                    long big = 0x1f + 10L + 3.5e2d
                    if (env.BRANCH_NAME == 'main' && !false) { echo 'deploy' }
                }
            }
        }
    }
    /* notify */
    post { always { cleanWs() } }
}
